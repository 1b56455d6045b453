// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SenderRow, SenderKind } from '../model/sender';
import { marksOf } from '../annotations/read-annotations';

/** Senders whose address or contact name contains the query, busiest first. */
export function listSenders(db: Database, query: string | undefined, limit: number): SenderRow[] {
  const q = query?.trim() ?? '';
  const rows = db
    .prepare(
      `SELECT s.id, s.address, s.kind, s.contact_name,
              (SELECT count(*) FROM messages m WHERE m.sender_id = s.id) AS messages,
              (SELECT count(*) FROM calls c WHERE c.sender_id = s.id) AS calls
       FROM senders s
       WHERE ? = '' OR instr(s.address, ?) > 0 OR instr(coalesce(s.contact_name, ''), ?) > 0
       ORDER BY messages DESC, s.address
       LIMIT ?`,
    )
    .all(q, q, q, limit) as {
    id: number;
    address: string;
    kind: SenderKind;
    contact_name: string | null;
    messages: number;
    calls: number;
  }[];
  const marks = marksOf(db, 'sender', rows.map((r) => r.id));
  const notes = new Map(
    (db.prepare('SELECT sender_id AS id, note FROM sender_marks WHERE note IS NOT NULL AND sender_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(rows.map((r) => r.id))) as { id: number; note: string }[]).map((n) => [n.id, n.note]),
  );
  return rows.map((r) => ({
    id: r.id,
    address: r.address,
    kind: r.kind,
    contactName: r.contact_name,
    messages: r.messages,
    calls: r.calls,
    starred: marks.get(r.id)!.starred,
    tags: marks.get(r.id)!.tags,
    note: notes.get(r.id) ?? null,
  }));
}
