// SPDX-License-Identifier: MIT
// After a removal the removed messages' bytes are still in the file: SQLite only marks their space
// free (free pages, gaps inside pages); the search index, being contentless_delete, marks a deleted
// message's postings deleted and keeps them until its segments are merged; and the WAL keeps old
// page images until a checkpoint. A purge rewrites all three. It is slow on a large database
// (about 12 s for 100,000 messages on a 2-core machine) and VACUUM builds its copy in memory
// (temp_store = MEMORY keeps plaintext off the disk), so it is asked for rather than automatic.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { LeaklineError } from '../errors';

export function purgeRemovedData(db: Database): void {
  if (db.inTransaction) throw new LeaklineError('BAD_REQUEST', 'the database cannot be purged inside a transaction');
  // 'optimize' merges every segment into one, leaving out the postings of deleted rows.
  db.exec("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')");
  db.exec('VACUUM');
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (checkpoint && checkpoint.busy !== 0) {
    throw new LeaklineError('DB_ERROR', 'another connection has the database open, so its write-ahead log could not be emptied: close it and purge again');
  }
}
