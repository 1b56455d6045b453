// SPDX-License-Identifier: MIT
// Shared by the tests of the SQLite importers: a scratch folder, and reading a database the way
// the import pipeline does (a private read-only copy, the importer's batches collected).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportInputError } from '../../../src-main/core/errors';
import { openSqliteCopy } from '../../../src-main/core/import/temp-sqlite';
import type { DatabaseImporter, ImportRecord, MessageRecord, ReadOptions } from '../../../src-main/core/import/records';

export const FIXTURES = join(__dirname, '../../../../shared/fixtures/import');

export function scratchDir(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-sqlite-'));
  let counter = 0;
  return {
    dir,
    path: (name) => join(dir, `${++counter}-${name}`),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readBatches(importer: DatabaseImporter, file: string, options: ReadOptions = {}): Promise<ImportRecord[][]> {
  const copy = await openSqliteCopy(file);
  try {
    const batches: ImportRecord[][] = [];
    for await (const batch of importer.read(copy.db, file, options)) batches.push(batch);
    return batches;
  } finally {
    copy.dispose();
  }
}

export async function readMessages(importer: DatabaseImporter, file: string, options: ReadOptions = {}): Promise<MessageRecord[]> {
  return (await readBatches(importer, file, options)).flat() as MessageRecord[];
}

export async function readError(importer: DatabaseImporter, file: string): Promise<ImportInputError> {
  try {
    await readMessages(importer, file);
  } catch (err) {
    if (err instanceof ImportInputError) return err;
    throw err;
  }
  throw new Error(`${file} was read without error`);
}

/** The table names `sniff` sees, as the detector lists them. */
export async function tablesOf(file: string): Promise<Set<string>> {
  const copy = await openSqliteCopy(file);
  try {
    return new Set((copy.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  } finally {
    copy.dispose();
  }
}
