// SPDX-License-Identifier: MIT
// The demo as a user has it after the app analysed it: both backups imported, the demo profile
// saved, everything analysed, senders linked and the timeline up to date. Built once per test
// file, in a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../src-main/core/db/open';
import { importPath } from '../../src-main/core/import/run-import';
import { analyseDatabase } from '../../src-main/core/analysis/run-analysis';
import { parseProfileFile, saveProfile } from '../../src-main/core/profile/profile-store';
import { demoBackupPaths } from '../../src-main/core/demo/demo-paths';
import { updateLeakTimeline } from '../../src-main/core/timeline/update-leak-timeline';

export const RESOURCES = resolve(__dirname, '../../resources');

export interface DemoDatabase {
  db: Database;
  dir: string;
  close(): void;
}

export async function analysedDemo(): Promise<DemoDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-report-'));
  const db = openDatabase(join(dir, 'demo.db'), { key: { kind: 'passphrase', text: 'report test' } });
  for (const path of demoBackupPaths(RESOURCES)) await importPath(db, path);
  saveProfile(db, parseProfileFile(readFileSync(join(RESOURCES, 'demo', 'demo-profile.json'), 'utf8')));
  await analyseDatabase(db);
  updateLeakTimeline(db);
  return {
    db,
    dir,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The analysed demo for the tests of one file: built before them, removed after them. */
export function useAnalysedDemo(): () => DemoDatabase {
  let demo: DemoDatabase | undefined;
  beforeAll(async () => {
    demo = await analysedDemo();
  }, 120_000);
  afterAll(() => demo?.close());
  return () => demo!;
}
