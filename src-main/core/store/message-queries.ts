// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageDetail, MessageFilter, MessageRow, MessageBox } from '../model/message';
import type { SenderKind } from '../model/sender';
import { LeaklineError } from '../errors';
import { matchExpression } from '../search/bigram-tokens';

const SNIPPET_CHARS = 160;

interface RowShape {
  id: number;
  sender_id: number;
  address: string;
  sender_kind: SenderKind;
  contact_name: string | null;
  direction: 'in' | 'out';
  time: number;
  time_suspect: number;
  snippet: string;
  kind: 'sms' | 'mms';
}

function toRow(r: RowShape): MessageRow {
  return {
    id: r.id,
    senderId: r.sender_id,
    sender: r.address,
    senderKind: r.sender_kind,
    contactName: r.contact_name,
    direction: r.direction,
    time: r.time,
    timeSuspect: r.time_suspect === 1,
    snippet: r.snippet,
    kind: r.kind,
  };
}

/** Builds the WHERE clause shared by the page query and its count. */
function whereClause(filter: MessageFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const query = filter.query?.trim();
  if (query) {
    const match = matchExpression(query);
    if (match) {
      parts.push('m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)');
      params.push(match);
    } else {
      // Punctuation-only queries have no tokens in the index: scan.
      parts.push('instr(m.body, ?) > 0');
      params.push(query);
    }
  }
  if (filter.senderId !== undefined) {
    parts.push('m.sender_id = ?');
    params.push(filter.senderId);
  }
  if (filter.direction) {
    parts.push('m.direction = ?');
    params.push(filter.direction);
  }
  if (filter.from !== undefined) {
    parts.push('m.time >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    parts.push('m.time < ?');
    params.push(filter.to);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** One page of messages, newest first, with the total that matches the filter. */
export function listMessages(
  db: Database,
  filter: MessageFilter,
  offset: number,
  limit: number,
): { total: number; rows: MessageRow[] } {
  const where = whereClause(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM messages m ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT m.id, m.sender_id, s.address, s.kind AS sender_kind, s.contact_name, m.direction, m.time,
              m.time_suspect, substr(m.body, 1, ${SNIPPET_CHARS}) AS snippet, m.kind
       FROM messages m JOIN senders s ON s.id = m.sender_id
       ${where.sql}
       ORDER BY m.time DESC, m.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...where.params, limit, offset) as RowShape[];
  return { total, rows: rows.map(toRow) };
}

export function getMessage(db: Database, id: number): MessageDetail {
  const r = db
    .prepare(
      `SELECT m.id, m.sender_id, s.address, s.kind AS sender_kind, s.contact_name, m.direction, m.time,
              m.time_suspect, substr(m.body, 1, ${SNIPPET_CHARS}) AS snippet, m.kind, m.body, m.box, m.time_sent,
              m.time_text, m.service_center, m.read, m.sender_raw,
              src.id AS source_id, src.file_name, src.sha256, src.format
       FROM messages m JOIN senders s ON s.id = m.sender_id JOIN sources src ON src.id = m.source_id
       WHERE m.id = ?`,
    )
    .get(id) as
    | (RowShape & {
        body: string;
        box: MessageBox;
        time_sent: number | null;
        time_text: string | null;
        service_center: string | null;
        read: number | null;
        sender_raw: string;
        source_id: number;
        file_name: string;
        sha256: string;
        format: string;
      })
    | undefined;
  if (!r) throw new LeaklineError('NOT_FOUND', `no message with id ${id}`);
  return {
    ...toRow(r),
    body: r.body,
    box: r.box,
    timeSent: r.time_sent,
    timeText: r.time_text,
    serviceCenter: r.service_center,
    read: r.read === null ? null : r.read === 1,
    senderRaw: r.sender_raw,
    source: { id: r.source_id, file: r.file_name, sha256: r.sha256, format: r.format },
  };
}
