// SPDX-License-Identifier: MIT
// A fingerprint of the evidence itself, printed on every report, so that two reports made from the
// same data show the same hash and a reader can tell whether the data changed between them.
//
// The hash is SHA-256 (hex) over UTF-8 lines, in this order:
//   for each message, by id:  "m" TAB id TAB sender address TAB time (UTC epoch ms) TAB JSON(body) LF
//   then for each call, by id: "c" TAB id TAB sender address TAB time TAB duration (s) TAB call type LF
// JSON(body) is the body as a JSON string literal, so tabs and newlines inside a message cannot
// fake a field or a line. Analysis results, labels and annotations are not part of it: they are
// Leakline's reading of the evidence, not the evidence.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';

export function databaseContentHash(db: Database): string {
  const hash = createHash('sha256');
  const messages = db
    .prepare('SELECT m.id, s.address, m.time, m.body FROM messages m JOIN senders s ON s.id = m.sender_id ORDER BY m.id')
    .raw()
    .iterate() as IterableIterator<[number, string, number, string]>;
  // Hashing in batches of lines: one update per row costs more than the hashing itself.
  let batch = '';
  for (const [id, address, time, body] of messages) {
    batch += `m\t${id}\t${address}\t${time}\t${JSON.stringify(body)}\n`;
    if (batch.length > 1 << 16) {
      hash.update(batch, 'utf8');
      batch = '';
    }
  }
  const calls = db
    .prepare('SELECT c.id, s.address, c.time, c.duration_s, c.call_type FROM calls c JOIN senders s ON s.id = c.sender_id ORDER BY c.id')
    .raw()
    .iterate() as IterableIterator<[number, string, number, number, string]>;
  for (const [id, address, time, duration, type] of calls) {
    batch += `c\t${id}\t${address}\t${time}\t${duration}\t${type}\n`;
    if (batch.length > 1 << 16) {
      hash.update(batch, 'utf8');
      batch = '';
    }
  }
  hash.update(batch, 'utf8');
  return hash.digest('hex');
}
