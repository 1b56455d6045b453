// SPDX-License-Identifier: MIT
// A private copy of a SQLite file, for reading evidence without touching it. Opening a database,
// even read-only, can write beside it: a WAL-mode file (every sms.db/chat.db) gets a -shm, and a
// left-over -wal may be checkpointed into the main file. So the file and its -wal are copied into a
// fresh directory only this user can enter, the copy is opened read-only, and the directory is
// removed afterwards whatever happened.
import { constants, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database, { type Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers';

const WAL_SUFFIX = '-wal';

export interface TempCopy {
  /** The copied database; its -wal, when the original had one, sits beside it. */
  readonly path: string;
  /** Removes the copy and everything SQLite created next to it. Safe to call twice. */
  dispose(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Copies `path` (and `path-wal` when present) into a new private temporary directory. */
export async function createTempCopy(path: string): Promise<TempCopy> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'leakline-'));
  // mkdtemp already creates 0700 on POSIX; say so explicitly rather than rely on the umask.
  await fs.chmod(dir, 0o700);
  const dispose = () => fs.rm(dir, { recursive: true, force: true });
  try {
    // A neutral name: the copy's path shows up in SQLite error messages, not the evidence's.
    const copy = join(dir, `copy-${basename(path).replace(/[^\w.-]/g, '_')}`);
    await fs.copyFile(path, copy);
    await fs.chmod(copy, 0o600);
    if (await exists(path + WAL_SUFFIX)) {
      await fs.copyFile(path + WAL_SUFFIX, copy + WAL_SUFFIX);
      await fs.chmod(copy + WAL_SUFFIX, 0o600);
    }
    return { path: copy, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

/** Runs `fn` on a private copy of the SQLite file at `path`, then deletes the copy. */
export async function withTempCopy<T>(path: string, fn: (copyPath: string) => Promise<T> | T): Promise<T> {
  const copy = await createTempCopy(path);
  try {
    return await fn(copy.path);
  } finally {
    await copy.dispose();
  }
}

/** Opens a copy made by createTempCopy: read-only, and failing rather than creating a missing file. */
export function openReadOnly(copyPath: string): SqliteDatabase {
  return new Database(copyPath, { readonly: true, fileMustExist: true });
}
