// SPDX-License-Identifier: MIT
// Writes Messages databases (iPhone sms.db / Mac chat.db) with the tables and columns iOS 16 uses,
// for tests and the benchmark. Rows are inserted with prepared statements in one transaction and
// the join-table indexes built afterwards (message's own indexes, which no reader here uses, are
// left out), so a million messages take well under 30 s.
import Database from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import { encodeAttributedBody } from './typedstream-attributed-body';

const APPLE_EPOCH_MS = Date.UTC(2001, 0, 1);

export type AppleService = 'SMS' | 'iMessage' | 'RCS';

export interface AppleSmsMessage {
  /** The other party as `handle.id` (a number or an email); several for a group chat. */
  address: string | readonly string[];
  fromMe: boolean;
  /** Unix epoch ms. */
  time: number;
  text: string | null;
  /**
   * Where the text is stored: both columns (the default, as before iOS 16), only attributedBody
   * with `text` NULL (common since iOS 16), or only `text` (older systems).
   */
  store?: 'both' | 'attributedBody' | 'text';
  /** Replaces the generated attributedBody (e.g. a damaged blob). */
  attributedBody?: Buffer | null;
  service?: AppleService;
  /** Leave message.handle_id 0, as iOS does for messages the user sends in a group: the other party is only in the chat. */
  handleless?: boolean;
  /** In a group chat, who wrote a received message (its handle_id); one of `address`. */
  sender?: string;
  itemType?: number;
  associatedMessageType?: number;
  isRead?: boolean;
  error?: number;
  isSpam?: boolean;
  filterAction?: number;
  hasAttachments?: boolean;
  serviceCenter?: string;
}

export interface AppleSmsDbOptions {
  /** 'nanoseconds' since iOS 11 / macOS 10.13 (default); 'seconds' before. */
  dateUnit?: 'nanoseconds' | 'seconds';
  /** Older schema: no is_spam / filter_action columns and no index on chat_message_join(message_id). */
  legacy?: boolean;
  /** chat.is_filtered for the chat with these participants (key: addresses sorted, joined by ','). */
  chatFilter?: Readonly<Record<string, number>>;
  /** Leave the file in WAL mode, as on a phone. */
  wal?: boolean;
}

const TABLES = `
CREATE TABLE _SqliteDatabaseProperties (key TEXT, value TEXT, UNIQUE(key));
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL, country TEXT, service TEXT NOT NULL,
  uncanonicalized_id TEXT, person_centric_id TEXT, UNIQUE (id, service));
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, style INTEGER, state INTEGER,
  account_id TEXT, properties BLOB, chat_identifier TEXT, service_name TEXT, room_name TEXT, account_login TEXT,
  is_archived INTEGER DEFAULT 0, last_addressed_handle TEXT, display_name TEXT, group_id TEXT, is_filtered INTEGER DEFAULT 0,
  successful_query INTEGER, is_blackholed INTEGER DEFAULT 0);
CREATE TABLE chat_handle_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
  handle_id INTEGER REFERENCES handle (ROWID) ON DELETE CASCADE, UNIQUE(chat_id, handle_id));
CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
  message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER DEFAULT 0, PRIMARY KEY (chat_id, message_id));
CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, created_date INTEGER DEFAULT 0,
  filename TEXT, uti TEXT, mime_type TEXT, transfer_state INTEGER DEFAULT 0, is_outgoing INTEGER DEFAULT 0, total_bytes INTEGER DEFAULT 0);
CREATE TABLE message_attachment_join (message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE,
  attachment_id INTEGER REFERENCES attachment (ROWID) ON DELETE CASCADE, UNIQUE(message_id, attachment_id));
`;

function messageTable(legacy: boolean): string {
  return `CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,
  replace INTEGER DEFAULT 0, service_center TEXT, handle_id INTEGER DEFAULT 0, subject TEXT, country TEXT, attributedBody BLOB,
  version INTEGER DEFAULT 0, type INTEGER DEFAULT 0, service TEXT, account TEXT, account_guid TEXT, error INTEGER DEFAULT 0,
  date INTEGER, date_read INTEGER, date_delivered INTEGER, is_delivered INTEGER DEFAULT 0, is_finished INTEGER DEFAULT 0,
  is_emote INTEGER DEFAULT 0, is_from_me INTEGER DEFAULT 0, is_empty INTEGER DEFAULT 0, is_delayed INTEGER DEFAULT 0,
  is_auto_reply INTEGER DEFAULT 0, is_prepared INTEGER DEFAULT 0, is_read INTEGER DEFAULT 0, is_system_message INTEGER DEFAULT 0,
  is_sent INTEGER DEFAULT 0, has_dd_results INTEGER DEFAULT 0, is_service_message INTEGER DEFAULT 0, is_forward INTEGER DEFAULT 0,
  was_downgraded INTEGER DEFAULT 0, is_archive INTEGER DEFAULT 0, cache_has_attachments INTEGER DEFAULT 0, cache_roomnames TEXT,
  was_data_detected INTEGER DEFAULT 0, was_deduplicated INTEGER DEFAULT 0, is_audio_message INTEGER DEFAULT 0, is_played INTEGER DEFAULT 0,
  date_played INTEGER, item_type INTEGER DEFAULT 0, other_handle INTEGER DEFAULT 0, group_title TEXT, group_action_type INTEGER DEFAULT 0,
  share_status INTEGER DEFAULT 0, share_direction INTEGER DEFAULT 0, is_expirable INTEGER DEFAULT 0, expire_state INTEGER DEFAULT 0,
  message_action_type INTEGER DEFAULT 0, message_source INTEGER DEFAULT 0, associated_message_guid TEXT,
  associated_message_type INTEGER DEFAULT 0, balloon_bundle_id TEXT, payload_data BLOB, expressive_send_style_id TEXT,
  associated_message_range_location INTEGER DEFAULT 0, associated_message_range_length INTEGER DEFAULT 0, time_expressive_send_played INTEGER,
  message_summary_info BLOB, ck_sync_state INTEGER DEFAULT 0, ck_record_id TEXT, ck_record_change_tag TEXT, destination_caller_id TEXT,
  sr_ck_sync_state INTEGER DEFAULT 0, sr_ck_record_id TEXT, sr_ck_record_change_tag TEXT, is_corrupt INTEGER DEFAULT 0,
  reply_to_guid TEXT, sort_id INTEGER, ${legacy ? '' : 'is_spam INTEGER DEFAULT 0, '}has_unseen_mention INTEGER DEFAULT 0,
  thread_originator_guid TEXT, thread_originator_part TEXT, syndication_ranges TEXT, synced_syndication_ranges TEXT,
  was_delivered_quietly INTEGER DEFAULT 0, did_notify_recipient INTEGER DEFAULT 0, date_retracted INTEGER, date_edited INTEGER,
  was_detonated INTEGER DEFAULT 0, part_count INTEGER${legacy ? '' : ', filter_action INTEGER DEFAULT 0'});`;
}

function indexes(legacy: boolean): string {
  return `
CREATE INDEX chat_message_join_idx_chat_id ON chat_message_join(chat_id);
CREATE INDEX chat_handle_join_idx_handle_id ON chat_handle_join(handle_id);
CREATE INDEX chat_idx_chat_identifier ON chat(chat_identifier);
${legacy ? '' : 'CREATE INDEX chat_message_join_idx_message_id_only ON chat_message_join(message_id);'}`;
}

function participants(address: string | readonly string[]): readonly string[] {
  return typeof address === 'string' ? [address] : address;
}

function appleDate(ms: number, unit: 'nanoseconds' | 'seconds'): bigint {
  const since = BigInt(ms - APPLE_EPOCH_MS);
  return unit === 'seconds' ? since / 1000n : since * 1_000_000n;
}

/** Writes `messages` as a Messages database at `path` (replacing any file there); returns the count. */
export function writeAppleSmsDb(path: string, messages: Iterable<AppleSmsMessage>, options: AppleSmsDbOptions = {}): number {
  const unit = options.dateUnit ?? 'nanoseconds';
  const legacy = options.legacy ?? false;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    // The driver turns foreign keys on; checking each join row against message and chat doubles the time.
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -131072');
    db.pragma('temp_store = MEMORY');
    db.exec(TABLES + messageTable(legacy));
    db.prepare('INSERT INTO _SqliteDatabaseProperties VALUES (?, ?)').run('_ClientVersion', '17004');
    const insertHandle = db.prepare('INSERT INTO handle (id, country, service) VALUES (?, ?, ?)');
    const insertChat = db.prepare(
      'INSERT INTO chat (guid, style, chat_identifier, service_name, is_filtered) VALUES (?, ?, ?, ?, ?)',
    );
    const insertChatHandle = db.prepare('INSERT INTO chat_handle_join (chat_id, handle_id) VALUES (?, ?)');
    // Appending (chat, message) pairs and inserting them into chat_message_join sorted at the end
    // is several times faster than a million inserts at random places of its primary key.
    db.exec('CREATE TEMP TABLE pending_join (chat_id INTEGER, message_id INTEGER, message_date INTEGER)');
    const insertPending = db.prepare('INSERT INTO pending_join VALUES (?, ?, ?)');
    const insertMessage = db.prepare(
      `INSERT INTO message (guid, text, attributedBody, handle_id, service, service_center, date, date_read, date_delivered,
         is_from_me, is_read, is_sent, is_delivered, is_finished, error, item_type, associated_message_type,
         cache_has_attachments${legacy ? '' : ', is_spam, filter_action'})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?${legacy ? '' : ', ?, ?'})`,
    );
    const handles = new Map<string, number>();
    const chats = new Map<string, number>();
    const handleFor = (address: string, service: AppleService): number => {
      const key = `${service}\u0000${address}`;
      let id = handles.get(key);
      if (id === undefined) {
        id = Number(insertHandle.run(address, address.includes('@') ? null : 'cn', service).lastInsertRowid);
        handles.set(key, id);
      }
      return id;
    };
    const chatFor = (members: readonly string[], service: AppleService): number => {
      const key = members.length === 1 ? members[0]! : [...members].sort().join(',');
      let id = chats.get(`${service}\u0000${key}`);
      if (id === undefined) {
        const group = members.length > 1;
        const identifier = group ? `chat${100000 + chats.size}` : members[0]!;
        const guid = `${service};${group ? '+' : '-'};${identifier}`;
        id = Number(insertChat.run(guid, group ? 43 : 45, identifier, service, options.chatFilter?.[key] ?? 0).lastInsertRowid);
        for (const member of members) insertChatHandle.run(id, handleFor(member, service));
        chats.set(`${service}\u0000${key}`, id);
      }
      return id;
    };
    let count = 0;
    db.transaction(() => {
      for (const m of messages) {
        count += 1;
        const service = m.service ?? 'SMS';
        const members = participants(m.address);
        const chatId = chatFor(members, service);
        const handle = m.handleless ? null : members.length === 1 ? members[0]! : (m.sender ?? null);
        const date = appleDate(m.time, unit);
        const store = m.store ?? 'both';
        const body = m.attributedBody !== undefined ? m.attributedBody : m.text === null || store === 'text' ? null : encodeAttributedBody(m.text);
        const values: unknown[] = [
          `00000000-0000-4000-8000-${count.toString(16).padStart(12, '0')}`,
          store === 'attributedBody' ? null : m.text,
          body,
          handle === null ? 0 : handleFor(handle, service),
          service,
          m.serviceCenter ?? null,
          date,
          m.isRead && !m.fromMe ? date + (unit === 'seconds' ? 60n : 60_000_000_000n) : 0,
          m.fromMe ? date : 0,
          m.fromMe ? 1 : 0,
          (m.isRead ?? !m.fromMe) ? 1 : 0,
          m.fromMe ? 1 : 0,
          m.error ?? 0,
          m.itemType ?? 0,
          m.associatedMessageType ?? 0,
          m.hasAttachments ? 1 : 0,
        ];
        if (!legacy) values.push(m.isSpam ? 1 : 0, m.filterAction ?? 0);
        insertMessage.run(values);
        insertPending.run(chatId, count, date);
      }
      db.exec(`INSERT INTO chat_message_join (chat_id, message_id, message_date)
               SELECT chat_id, message_id, message_date FROM pending_join ORDER BY chat_id, message_id`);
      db.exec('DROP TABLE pending_join');
    })();
    db.exec(indexes(legacy));
    if (options.wal) db.pragma('journal_mode = WAL');
    return count;
  } finally {
    db.close();
  }
}

/**
 * The benchmark's synthetic SMS (type 1 received, 2 sent) as a phone upgraded to iOS 16 holds
 * them: every other message has its text only in attributedBody, the rest only in `text`.
 */
export function* appleMessagesFrom(
  messages: Iterable<{ address: string; time: number; type: number; body: string }>,
): Generator<AppleSmsMessage> {
  let i = 0;
  for (const m of messages) {
    i += 1;
    yield { address: m.address, fromMe: m.type === 2, time: m.time, text: m.body, store: i % 2 === 0 ? 'attributedBody' : 'text' };
  }
}
