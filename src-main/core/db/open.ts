// SPDX-License-Identifier: MIT
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LeaklineError } from '../errors';
import { CIPHER_PRAGMA, keyPragmaValue } from './key-pragma';
import { migrate } from './migrate';

/** How the database is unlocked: the app's random key, a user's passphrase, or nothing (plain). */
export type DbKey = { kind: 'raw'; bytes: Buffer } | { kind: 'passphrase'; text: string } | null;

export interface OpenOptions {
  key: DbKey;
  readonly?: boolean;
  /** Skip migrations (a reader opened beside a writer that already migrated). */
  migrate?: boolean;
  /** The driver's .node file to load instead of node_modules' (Electron has its own ABI). */
  nativeBinding?: string;
}

function applyKey(db: Db, key: DbKey): void {
  if (!key) return;
  db.pragma(CIPHER_PRAGMA);
  db.pragma(`key = ${keyPragmaValue(key)}`);
}

function verifyReadable(db: Db, path: string, key: DbKey): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new LeaklineError(
        'DB_WRONG_KEY',
        key
          ? // A wrong key and a file that is no database look the same to SQLite (SQLITE_NOTADB).
            `${path}: the key or passphrase does not open this database: wrong passphrase, or not a Leakline database`
          : `${path}: this database is encrypted (or not a database); give its passphrase`,
        { cause: err },
      );
    }
    throw new LeaklineError('DB_ERROR', `${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Opens (creating if needed) the Leakline database, unlocks it and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (err) {
    throw new LeaklineError('DB_ERROR', `${path}: cannot open the database (${(err as Error).message})`, { cause: err });
  }
  try {
    applyKey(db, options.key);
    verifyReadable(db, path, options.key);
    // Temporary tables and sort spills stay in memory so no plaintext reaches a temp file.
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MiB of page cache: a million-message import updates indexes all over the file, and every
    // page read from an encrypted file is decrypted again; the default 2 MiB thrashes. (64 MiB was 8%
    // faster on a million messages but pushed the import past its 300 MB memory budget.)
    db.pragma('cache_size = -32768');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (options.migrate !== false) migrate(db);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
