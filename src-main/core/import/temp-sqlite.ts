// SPDX-License-Identifier: MIT
// SQLite evidence is never opened in place: even a read-only open of a WAL-mode database writes a
// -shm file beside it. The bytes go to a private temporary folder instead, are opened read-only
// there, and the folder is removed afterwards whatever happens.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportInputError } from '../errors';
import type { ByteSource } from './records';

export interface TempSqlite {
  db: Db;
  dispose(): void;
}

function privateDir(): string {
  return mkdtempSync(join(tmpdir(), 'leakline-evidence-'));
}

function openCopy(dir: string, file: string, name: string): TempSqlite {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return {
      db,
      dispose: () => {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new ImportInputError('MALFORMED_INPUT', name, `a damaged or encrypted SQLite database (${(err as Error).message})`, null, { cause: err });
  }
}

/** A read-only connection to a copy of a database file (and its -wal, which holds recent rows). */
export async function openSqliteCopy(path: string): Promise<TempSqlite> {
  const dir = privateDir();
  const copy = join(dir, 'evidence.db');
  try {
    await copyFile(path, copy);
    if (existsSync(`${path}-wal`)) await copyFile(`${path}-wal`, `${copy}-wal`);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return openCopy(dir, copy, path);
}

/** The same for a database that is an entry of an archive. */
export async function openSqliteEntry(source: ByteSource): Promise<TempSqlite> {
  const dir = privateDir();
  const copy = join(dir, 'evidence.db');
  try {
    await pipeline(Readable.from(source.open()), createWriteStream(copy, { mode: 0o600 }));
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return openCopy(dir, copy, source.name);
}
