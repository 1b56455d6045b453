// SPDX-License-Identifier: MIT
// Writes Google Messages databases (bugle_db) with AOSP Messaging's schema: the phone's own
// participant (sub_id -1), one participant per other address (sub_id -2), a conversation per set
// of other parties with its conversation_participants rows, messages with Bugle statuses and
// their text/plain (and media) parts. Bulk-written in one transaction like write-mmssms-db.
import type { Database as Db, Statement } from 'better-sqlite3-multiple-ciphers';
import { openForBulkWrite } from './write-mmssms-db';

const BUGLE_SCHEMA = `
CREATE TABLE conversations(_id INTEGER PRIMARY KEY AUTOINCREMENT, sms_thread_id INT DEFAULT(0), name TEXT, latest_message_id INT, snippet_text TEXT, subject_text TEXT, preview_uri TEXT, preview_content_type TEXT, show_draft INT DEFAULT(0), draft_snippet_text TEXT, draft_subject_text TEXT, draft_preview_uri TEXT, draft_preview_content_type TEXT, archive_status INT DEFAULT(0), sort_timestamp INT DEFAULT(0), last_read_timestamp INT DEFAULT(0), icon TEXT, participant_contact_id INT DEFAULT ( -1), participant_lookup_key TEXT, participant_normalized_destination TEXT, current_self_id TEXT, participant_count INT DEFAULT(0), notification_enabled INT DEFAULT(1), notification_sound_uri TEXT, notification_vibration INT DEFAULT(1), include_email_addr INT DEFAULT(0), sms_service_center TEXT);
CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INT, sender_id INT, sent_timestamp INT DEFAULT(0), received_timestamp INT DEFAULT(0), message_protocol INT DEFAULT(0), message_status INT DEFAULT(0), seen INT DEFAULT(0), read INT DEFAULT(0), sms_message_uri TEXT, sms_priority INT DEFAULT(0), sms_message_size INT DEFAULT(0), mms_subject TEXT, mms_transaction_id TEXT, mms_content_location TEXT, mms_expiry INT DEFAULT(0), raw_status INT DEFAULT(0), self_id INT, retry_start_timestamp INT DEFAULT(0));
CREATE TABLE parts(_id INTEGER PRIMARY KEY AUTOINCREMENT,message_id INT,text TEXT,uri TEXT,content_type TEXT,width INT DEFAULT(-1),height INT DEFAULT(-1),timestamp INT, conversation_id INT NOT NULL);
CREATE TABLE participants(_id INTEGER PRIMARY KEY AUTOINCREMENT,sub_id INT DEFAULT(-2),sim_slot_id INT DEFAULT(-1),normalized_destination TEXT,send_destination TEXT,display_destination TEXT,full_name TEXT,first_name TEXT,profile_photo_uri TEXT, contact_id INT DEFAULT( -1), lookup_key STRING, blocked INT DEFAULT(0), subscription_name TEXT, subscription_color INT DEFAULT(0), contact_destination TEXT, UNIQUE (normalized_destination, sub_id) ON CONFLICT FAIL);
CREATE TABLE conversation_participants(_id INTEGER PRIMARY KEY AUTOINCREMENT,conversation_id INT,participant_id INT,UNIQUE (conversation_id,participant_id) ON CONFLICT FAIL);
CREATE INDEX index_parts_message_id ON parts(message_id);
CREATE INDEX index_conversation_participants_conversation_id ON conversation_participants(conversation_id);
INSERT INTO participants (_id, sub_id) VALUES (1, -1);
`;

const SELF_PARTICIPANT = 1;

export interface BuglePartInput {
  contentType: string;
  text?: string | null;
  uri?: string | null;
}

export interface BugleMessageInput {
  /** The other parties of the conversation (one for a one-to-one chat), as send destinations. */
  conversation: readonly string[];
  /** Who wrote it: null for the phone itself, else one of `conversation`. */
  sender: string | null;
  /** received_timestamp, epoch ms. */
  time: number;
  sentTime?: number;
  /** Defaults: 100 (INCOMING_COMPLETE) from others, 1 (OUTGOING_COMPLETE) from the phone. */
  status?: number;
  /** 0 SMS, 1 MMS. */
  protocol?: number;
  read?: number;
  subject?: string | null;
  parts: readonly BuglePartInput[];
}

export interface BugleOptions {
  /** Contact names by address, for participants.full_name. */
  names?: ReadonlyMap<string, string>;
  /** Leave conversation_participants out (older or partial copies). */
  withoutConversationParticipants?: boolean;
}

/** One participant per address and one conversation per set of other parties, made on first use. */
class BugleDirectory {
  private readonly participants = new Map<string, number>();
  private readonly conversations = new Map<string, number>();
  private readonly insertParticipant: Statement;
  private readonly insertConversation: Statement;
  private readonly insertMember: Statement | null;

  constructor(
    db: Db,
    private readonly options: BugleOptions,
  ) {
    this.insertParticipant = db.prepare(
      'INSERT INTO participants (sub_id, normalized_destination, send_destination, display_destination, full_name) VALUES (-2, ?, ?, ?, ?)',
    );
    this.insertConversation = db.prepare(
      'INSERT INTO conversations (name, participant_normalized_destination, participant_count, current_self_id) VALUES (?, ?, ?, 1)',
    );
    this.insertMember = options.withoutConversationParticipants
      ? null
      : db.prepare('INSERT INTO conversation_participants (conversation_id, participant_id) VALUES (?, ?)');
  }

  participant(address: string): number {
    let id = this.participants.get(address);
    if (id === undefined) {
      const normalized = /^1\d{10}$/.test(address) ? `+86${address}` : address;
      id = Number(this.insertParticipant.run(normalized, address, address, this.options.names?.get(address) ?? null).lastInsertRowid);
      this.participants.set(address, id);
    }
    return id;
  }

  conversation(others: readonly string[]): number {
    const key = others.length === 1 ? others[0]! : others.join('~');
    let id = this.conversations.get(key);
    if (id === undefined) {
      const name = others.map((a) => this.options.names?.get(a) ?? a).join(', ');
      id = Number(this.insertConversation.run(name, others.length === 1 ? others[0] : null, others.length).lastInsertRowid);
      for (const address of others) this.insertMember?.run(id, this.participant(address));
      this.conversations.set(key, id);
    }
    return id;
  }
}

export function writeBugleDb(path: string, messages: Iterable<BugleMessageInput>, options: BugleOptions = {}): number {
  const db = openForBulkWrite(path);
  try {
    db.exec(BUGLE_SCHEMA);
    const message = db.prepare(
      'INSERT INTO messages (conversation_id, sender_id, self_id, sent_timestamp, received_timestamp, message_protocol, message_status, seen, read, mms_subject) ' +
        'VALUES (?, ?, 1, ?, ?, ?, ?, 1, ?, ?)',
    );
    const part = db.prepare('INSERT INTO parts (message_id, text, uri, content_type, timestamp, conversation_id) VALUES (?, ?, ?, ?, ?, ?)');
    return db.transaction(() => {
      const directory = new BugleDirectory(db, options);
      let count = 0;
      for (const m of messages) {
        const conversation = directory.conversation(m.conversation);
        const id = message.run(
          conversation,
          m.sender === null ? SELF_PARTICIPANT : directory.participant(m.sender),
          m.sentTime ?? 0,
          m.time,
          m.protocol ?? 0,
          m.status ?? (m.sender === null ? 1 : 100),
          m.read ?? 1,
          m.subject ?? null,
        ).lastInsertRowid;
        for (const p of m.parts) part.run(id, p.text ?? null, p.uri ?? null, p.contentType, m.time, conversation);
        count += 1;
      }
      return count;
    })();
  } finally {
    db.close();
  }
}
