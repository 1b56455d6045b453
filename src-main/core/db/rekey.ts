// SPDX-License-Identifier: MIT
// A new key for an open database (a changed passphrase). sqlite3mc 2.3 refuses `PRAGMA rekey` in
// WAL mode ("Rekeying is not supported in WAL journal mode": a rekey writes a new key salt, which
// a reader of the WAL could not find), and earlier versions silently corrupted the file. So the WAL
// is checkpointed into the file, the file leaves WAL mode, is re-encrypted under a rollback journal
// (a crash part-way rolls back to the old key), and WAL mode comes back.
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import { LeaklineError } from '../errors';
import { CIPHER_PRAGMA, keyPragmaValue } from './key-pragma';
import type { DbKey } from './open';

const IN_USE =
  'another connection has this database open (the Leakline app, a running import or another leakline command): close it, then try again';

/** Re-encrypts the whole database under `newKey`; the connection stays open and usable. */
export function rekeyDatabase(db: Db, newKey: NonNullable<DbKey>): void {
  if (db.inTransaction) throw new LeaklineError('BAD_REQUEST', 'the key cannot change inside a transaction');
  // Checked before anything is touched: a bad key changes nothing.
  const value = keyPragmaValue(newKey);
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint && checkpoint.busy !== 0) throw new LeaklineError('DB_ERROR', IN_USE);
  let mode: unknown;
  try {
    mode = db.pragma('journal_mode = DELETE', { simple: true });
  } catch (err) {
    throw new LeaklineError('DB_ERROR', IN_USE, { cause: err });
  }
  // Leaving WAL mode needs the only connection; with another one open SQLite stays in WAL.
  if (mode !== 'delete') throw new LeaklineError('DB_ERROR', IN_USE);
  try {
    db.pragma(CIPHER_PRAGMA);
    db.pragma(`rekey = ${value}`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    throw new LeaklineError('DB_ERROR', `the key was not changed: ${(err as Error).message}`, { cause: err });
  } finally {
    db.pragma('journal_mode = WAL');
  }
}
