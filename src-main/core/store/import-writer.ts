// SPDX-License-Identifier: MIT
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { SenderKind } from '../model/sender';
import type { ImportFormat } from '../model/source';
import type { CallRecord, ImportRecord, MessageRecord } from '../import/records';
import { callDedupeKey, messageDedupeKey } from '../import/dedupe-key';
import { isSuspectTime } from '../import/time-sanity';
import { normalizeAddress } from '../senders/normalize-address';
import { indexTokens } from '../search/bigram-tokens';
import { SLOTS_PER_SECOND, firstIdAt } from './message-id';
import { ImportInputError } from '../errors';

export interface SourceInfo {
  path: string;
  fileName: string;
  size: number;
  sha256: string;
  format: ImportFormat;
  /** The zone local times were read in, for formats that store wall-clock times. */
  timeZone?: string | null;
}

export interface WriteCounts {
  messagesAdded: number;
  duplicatesSkipped: number;
  callsAdded: number;
  sendersAdded: number;
  firstTime: number | null;
  lastTime: number | null;
}

/**
 * Writes one source's records. The caller owns the transaction; this class only prepares the
 * statements once and keeps a sender cache so the hot loop does no lookups it can avoid.
 */
export class ImportWriter {
  readonly sourceId: number;
  readonly counts: WriteCounts = {
    messagesAdded: 0,
    duplicatesSkipped: 0,
    callsAdded: 0,
    sendersAdded: 0,
    firstTime: null,
    lastTime: null,
  };
  private readonly senders = new Map<string, number>();
  private readonly now = Date.now();
  private readonly findSender: Statement<[string], { id: number; contact_name: string | null }>;
  private readonly insertSender: Statement<[string, string, SenderKind, string | null]>;
  private readonly nameSender: Statement<[string, number]>;
  private readonly lastIdInSecond: Statement<[number, number], { id: number | null }>;
  private readonly insertMessage: Statement<unknown[]>;
  private readonly insertTokens: Statement<[number | bigint, string]>;
  private readonly insertCall: Statement<unknown[]>;
  private readonly messageByKey: Statement<[string], { id: number; source_id: number }>;
  private readonly callByKey: Statement<[string], { id: number; source_id: number }>;
  private readonly messageAlsoIn: Statement<[number, number]>;
  private readonly callAlsoIn: Statement<[number, number]>;
  private readonly finishSource: Statement<unknown[]>;

  constructor(
    private readonly db: Database,
    private readonly source: SourceInfo,
  ) {
    this.findSender = db.prepare('SELECT id, contact_name FROM senders WHERE address = ?');
    this.insertSender = db.prepare('INSERT INTO senders (address, raw, kind, contact_name) VALUES (?, ?, ?, ?)');
    this.nameSender = db.prepare('UPDATE senders SET contact_name = ? WHERE id = ? AND contact_name IS NULL');
    this.lastIdInSecond = db.prepare('SELECT max(id) AS id FROM messages WHERE id BETWEEN ? AND ?');
    this.insertMessage = db.prepare(
      `INSERT OR IGNORE INTO messages
        (id, source_id, sender_id, sender_raw, kind, direction, box, time, time_sent, time_suspect, body, service_center, read, blocked, dedupe_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertTokens = db.prepare('INSERT INTO messages_fts (rowid, tokens) VALUES (?, ?)');
    this.insertCall = db.prepare(
      `INSERT OR IGNORE INTO calls (source_id, sender_id, time, duration_s, call_type, time_suspect, dedupe_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.messageByKey = db.prepare('SELECT id, source_id FROM messages WHERE dedupe_key = ?');
    this.callByKey = db.prepare('SELECT id, source_id FROM calls WHERE dedupe_key = ?');
    this.messageAlsoIn = db.prepare('INSERT OR IGNORE INTO message_also_in (message_id, source_id) VALUES (?, ?)');
    this.callAlsoIn = db.prepare('INSERT OR IGNORE INTO call_also_in (call_id, source_id) VALUES (?, ?)');
    this.finishSource = db.prepare(
      `UPDATE sources SET messages_added = ?, duplicates_skipped = ?, calls_added = ?, senders_added = ?,
        first_time = ?, last_time = ? WHERE id = ?`,
    );
    const info = db
      .prepare(
        `INSERT INTO sources (path, file_name, size, sha256, format, time_zone, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(source.path, source.fileName, source.size, source.sha256, source.format, source.timeZone ?? null, this.now);
    this.sourceId = Number(info.lastInsertRowid);
  }

  write(records: readonly ImportRecord[]): void {
    for (const record of records) {
      if (record.type === 'message') this.writeMessage(record);
      else this.writeCall(record);
    }
  }

  /** Stores the final counts on the source row; call before committing. */
  finish(): WriteCounts {
    const c = this.counts;
    this.finishSource.run(
      c.messagesAdded,
      c.duplicatesSkipped,
      c.callsAdded,
      c.sendersAdded,
      c.firstTime,
      c.lastTime,
      this.sourceId,
    );
    return c;
  }

  private senderId(raw: string, contactName: string | null): { id: number; address: string } {
    const { address, kind } = normalizeAddress(raw);
    const cached = this.senders.get(address);
    if (cached !== undefined) return { id: cached, address };
    const found = this.findSender.get(address);
    let id: number;
    if (found) {
      id = found.id;
      if (contactName && !found.contact_name) this.nameSender.run(contactName, id);
    } else {
      id = Number(this.insertSender.run(address, raw, kind, contactName).lastInsertRowid);
      this.counts.sendersAdded++;
    }
    this.senders.set(address, id);
    return { id, address };
  }

  private noteTime(time: number, suspect: boolean): void {
    if (suspect) return;
    const c = this.counts;
    if (c.firstTime === null || time < c.firstTime) c.firstTime = time;
    if (c.lastTime === null || time > c.lastTime) c.lastTime = time;
  }

  private writeMessage(m: MessageRecord): void {
    const sender = this.senderId(m.address, m.contactName);
    const suspect = isSuspectTime(m.time, this.now);
    const id = this.nextId(m.time);
    const key = messageDedupeKey(sender.address, m.direction, m.time, m.body);
    const info = this.insertMessage.run(
      id,
      this.sourceId,
      sender.id,
      m.address,
      m.kind,
      m.direction,
      m.box,
      m.time,
      m.timeSent,
      suspect ? 1 : 0,
      m.body,
      m.serviceCenter,
      m.read === null ? null : m.read ? 1 : 0,
      m.blocked ? 1 : 0,
      key,
    );
    if (info.changes === 0) {
      this.counts.duplicatesSkipped++;
      this.noteAlsoIn(this.messageByKey.get(key), this.messageAlsoIn);
      return;
    }
    this.insertTokens.run(id, indexTokens(m.body));
    this.counts.messagesAdded++;
    this.noteTime(m.time, suspect);
  }

  /** Records that this source carried an entry already stored under another source. */
  private noteAlsoIn(existing: { id: number; source_id: number } | undefined, statement: Statement<[number, number]>): void {
    if (existing && existing.source_id !== this.sourceId) statement.run(existing.id, this.sourceId);
  }

  /** The next free time-ordered id in the message's second (see message-id.ts). */
  private nextId(time: number): number {
    const first = firstIdAt(time);
    const last = this.lastIdInSecond.get(first, first + SLOTS_PER_SECOND - 1)?.id ?? null;
    if (last === first + SLOTS_PER_SECOND - 1) {
      throw new ImportInputError('MALFORMED_INPUT', this.source.path, 'more than a million messages in one second (absurd dates?): refusing to guess their order');
    }
    return last === null ? first : last + 1;
  }

  private writeCall(c: CallRecord): void {
    const sender = this.senderId(c.address, c.contactName);
    const suspect = isSuspectTime(c.time, this.now);
    const key = callDedupeKey(sender.address, c.time, c.durationS, c.callType);
    const info = this.insertCall.run(
      this.sourceId,
      sender.id,
      c.time,
      c.durationS,
      c.callType,
      suspect ? 1 : 0,
      key,
    );
    if (info.changes === 0) {
      this.counts.duplicatesSkipped++;
      this.noteAlsoIn(this.callByKey.get(key), this.callAlsoIn);
      return;
    }
    this.counts.callsAdded++;
    this.noteTime(c.time, suspect);
  }
}
