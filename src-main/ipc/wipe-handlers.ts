// SPDX-License-Identifier: MIT
// "Wipe everything" from the app: its jobs stopped and its connection closed first (an open
// connection would write the WAL back, and Windows refuses to delete an open file).
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HandlersOf } from './handler-types';
import { KEY_FILE_NAME } from '../core/paths/leakline-files';
import { wipeEverything } from '../core/store/wipe-everything';

export const wipeHandlers: HandlersOf<'data:wipe'> = {
  'data:wipe': async (_req, ctx) => {
    if (ctx.confirmWipe && !(await ctx.confirmWipe())) return { removed: [], cancelled: true };
    await ctx.jobs.stopAll();
    ctx.db.close();
    try {
      return { ...wipeEverything({ dbPath: ctx.dbPath, keyFile: join(dirname(ctx.dbPath), KEY_FILE_NAME), tempDir: tmpdir() }), cancelled: false };
    } finally {
      // Also after a partial wipe: the connection is closed, so the app cannot go on as it was.
      ctx.afterWipe?.();
    }
  },
};
