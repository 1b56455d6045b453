// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ImportFormat, SourceRow } from '../model/source';

export function listSources(db: Database): SourceRow[] {
  const rows = db
    .prepare(
      `SELECT s.*,
              (SELECT count(DISTINCT l.message_id) FROM message_also_in l JOIN messages m ON m.id = l.message_id WHERE m.source_id = s.id) AS shared_messages,
              (SELECT count(DISTINCT l.call_id) FROM call_also_in l JOIN calls c ON c.id = l.call_id WHERE c.source_id = s.id) AS shared_calls
       FROM sources s ORDER BY s.imported_at DESC, s.id DESC`,
    )
    .all() as {
    id: number;
    path: string;
    file_name: string;
    size: number;
    sha256: string;
    format: ImportFormat;
    time_zone: string | null;
    imported_at: number;
    messages_added: number;
    duplicates_skipped: number;
    calls_added: number;
    senders_added: number;
    first_time: number | null;
    last_time: number | null;
    shared_messages: number;
    shared_calls: number;
  }[];
  return rows.map((r) => ({
    sourceId: r.id,
    file: r.path,
    path: r.path,
    size: r.size,
    sha256: r.sha256,
    format: r.format,
    importedAt: r.imported_at,
    timeZone: r.time_zone,
    sharedMessages: r.shared_messages,
    sharedCalls: r.shared_calls,
    messagesAdded: r.messages_added,
    duplicatesSkipped: r.duplicates_skipped,
    callsAdded: r.calls_added,
    sendersAdded: r.senders_added,
    firstTime: r.first_time,
    lastTime: r.last_time,
  }));
}
