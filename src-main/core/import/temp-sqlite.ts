// SPDX-License-Identifier: MIT
// SQLite evidence is never opened in place (see importers/sqlite-temp-copy.ts): a file is copied,
// an archive entry is inflated, into a private temporary folder, opened read-only there, and the
// folder is removed afterwards whatever happens.
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportInputError } from '../errors';
import { createTempCopy, openReadOnly } from '../importers/sqlite-temp-copy';
import type { ByteSource } from './records';

export interface TempSqlite {
  db: Db;
  dispose(): Promise<void>;
}

async function openChecked(path: string, name: string, dispose: () => Promise<void>): Promise<TempSqlite> {
  try {
    const db = openReadOnly(path);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      db.close();
      throw err;
    }
    return {
      db,
      dispose: async () => {
        db.close();
        await dispose();
      },
    };
  } catch (err) {
    await dispose();
    throw new ImportInputError('MALFORMED_INPUT', name, `a damaged or encrypted SQLite database (${(err as Error).message})`, null, { cause: err });
  }
}

/** A read-only connection to a private copy of a database file (and its -wal). */
export async function openSqliteCopy(path: string): Promise<TempSqlite> {
  const copy = await createTempCopy(path);
  return openChecked(copy.path, path, copy.dispose);
}

/** The same for a database that is an entry of an archive. */
export async function openSqliteEntry(source: ByteSource): Promise<TempSqlite> {
  const dir = await mkdtemp(join(tmpdir(), 'leakline-'));
  await chmod(dir, 0o700);
  const dispose = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'entry.db');
  try {
    await pipeline(Readable.from(source.open()), createWriteStream(path, { mode: 0o600 }));
  } catch (err) {
    await dispose();
    throw err;
  }
  return openChecked(path, source.name, dispose);
}
