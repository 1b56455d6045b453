// SPDX-License-Identifier: MIT
// `leakline wipe --yes`: the database, its key and Leakline's temporary files, gone for good. No
// passphrase is needed (a forgotten one must not keep the data on disk); --yes is, since there is
// no undo.
import type { Command } from 'commander';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LeaklineError } from '../../core/errors';
import { KEY_FILE_NAME } from '../../core/paths/leakline-files';
import { defaultDbPath, defaultUserDataDir } from '../../core/paths/user-data-dir';
import { wipeEverything } from '../../core/store/wipe-everything';
import { resolveDbPath, type DbFlags } from '../db-options';
import { desktopAppRunning } from '../desktop-app-running';
import { printJson, printLine } from '../output';

export function registerWipe(program: Command, flags: () => DbFlags): void {
  program
    .command('wipe')
    .description("delete the database, its key and Leakline's temporary files for good (quit the desktop app first)")
    .option('--yes', 'confirm: there is no undo')
    .option('--json', 'print {removed: [...]} as JSON')
    .action((opts: { yes?: boolean; json?: boolean }) => {
      const dbPath = resolve(resolveDbPath(flags()));
      if (!opts.yes) {
        throw new LeaklineError(
          'BAD_REQUEST',
          `wipe deletes ${dbPath}, its key and Leakline's temporary files, with no undo; run \`leakline wipe --yes\` to confirm`,
        );
      }
      // The desktop app's folder holds nothing but Leakline's data (and Chromium's caches of its
      // window): all of it goes. A database elsewhere leaves its folder and neighbours alone.
      const isAppDb = dbPath === resolve(defaultDbPath());
      if (isAppDb && desktopAppRunning(defaultUserDataDir())) {
        throw new LeaklineError('BAD_REQUEST', `the Leakline app is running with ${dbPath} open: quit it, then wipe`);
      }
      const outcome = wipeEverything({
        dbPath,
        keyFile: join(dirname(dbPath), KEY_FILE_NAME),
        tempDir: tmpdir(),
        ownDir: isAppDb ? defaultUserDataDir() : null,
      });
      if (opts.json) {
        printJson(outcome);
        return;
      }
      if (outcome.removed.length === 0) {
        printLine(`nothing to wipe: no Leakline data at ${dbPath}`);
        return;
      }
      printLine(`wiped ${outcome.removed.length} file(s) and folder(s):`);
      for (const path of outcome.removed) printLine(`  ${path}`);
    });
}
