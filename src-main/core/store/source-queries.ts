// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ImportFormat, SourceRow } from '../model/source';

export function listSources(db: Database): SourceRow[] {
  const rows = db.prepare('SELECT * FROM sources ORDER BY imported_at DESC, id DESC').all() as {
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
    messagesAdded: r.messages_added,
    duplicatesSkipped: r.duplicates_skipped,
    callsAdded: r.calls_added,
    sendersAdded: r.senders_added,
    firstTime: r.first_time,
    lastTime: r.last_time,
  }));
}
