// SPDX-License-Identifier: MIT
// Google Messages' own database, bugle_db (com.google.android.apps.messaging, grown from AOSP's
// Messaging app "Bugle"). A message row points to its conversation and to the participant who
// sent it; its text is in `parts` (message_id → messages._id; text/plain parts carry `text`).
// Times are epoch ms. Which way a message went comes from `message_status`, whose values AOSP's
// MessageData defines: outgoing statuses are 1–9 and every incoming status is ≥ 100
// (BUGLE_STATUS_FIRST_INCOMING); 0 is BUGLE_STATUS_UNKNOWN.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseImporter, ImportRecord, MessageRecord, ReadOptions } from '../import/records';
import type { Placement } from './android-sms-table';
import { BugleParticipants, type Participant } from './bugle-participants';
import { DatabaseReading } from './database-reading';
import { mmsBody } from './mms-text';
import { numericKey, OrderedChildren } from './ordered-children';
import { quoteIdentifier, requireTable, type TableColumns } from './sqlite-columns';
import { epochMs, integerValue, nonEmptyText, readFlag, textValue } from './sqlite-values';

const REQUIRED_TABLES = ['messages', 'parts', 'participants', 'conversations'];

const FIRST_INCOMING_STATUS = 100;

// MessageData.BUGLE_STATUS_OUTGOING_*: COMPLETE 1 and DELIVERED 2 were sent, DRAFT 3 never left,
// YET_TO_SEND 4 / SENDING 5 / RESENDING 6 / AWAITING_RETRY 7 are still on their way, FAILED 8 and
// FAILED_EMERGENCY_NUMBER 9 did not go. Newer Google Messages versions add outgoing statuses
// (RCS read receipts and the like) below 100 that AOSP does not name: outgoing, box unknown.
const OUTGOING_BOXES: ReadonlyMap<number, Placement> = new Map<number, Placement>([
  [1, ['sent', 'out']],
  [2, ['sent', 'out']],
  [3, ['draft', 'out']],
  [4, ['outbox', 'out']],
  [5, ['outbox', 'out']],
  [6, ['outbox', 'out']],
  [7, ['outbox', 'out']],
  [8, ['failed', 'out']],
  [9, ['failed', 'out']],
]);

// MessageData.PROTOCOL_MMS and PROTOCOL_MMS_PUSH_NOTIFICATION; 0 is SMS, and the RCS chats newer
// versions add are text messages the record model files as SMS.
const MMS_PROTOCOLS: ReadonlySet<number> = new Set([1, 2]);

const MESSAGE_COLUMNS = [
  '_id',
  'conversation_id',
  'sender_id',
  'sent_timestamp',
  'received_timestamp',
  'message_protocol',
  'message_status',
  'read',
  'mms_subject',
] as const;
type MessageRow = Record<(typeof MESSAGE_COLUMNS)[number], unknown>;
type PartRow = { message_id: unknown; text: unknown };

export function sniffGoogleBugle(tables: ReadonlySet<string>): boolean {
  return REQUIRED_TABLES.every((t) => tables.has(t));
}

/** Box and direction from the status; when the status says nothing, from who sent it. */
function placement(status: number | null, sender: Participant | null): Placement {
  if (status !== null && status >= FIRST_INCOMING_STATUS) return ['inbox', 'in'];
  if (status !== null && status > 0) return OUTGOING_BOXES.get(status) ?? ['unknown', 'out'];
  if (sender?.isSelf === true) return ['unknown', 'out'];
  return ['unknown', 'in'];
}

/** Nonzero ms: Bugle writes 0 (its column default) for a time it does not know. */
function knownTime(value: unknown): number | null {
  const ms = epochMs(value, 'ms');
  return ms === 0 ? null : ms;
}

function partsReader(db: Database, reading: DatabaseReading, parts: TableColumns): OrderedChildren<PartRow> {
  parts.require(reading.file, ['message_id', 'text']);
  // Text and media parts share the table; without content_type, a part with text is text.
  const textOnly = parts.has('content_type') ? " AND lower(trim(content_type)) LIKE 'text/plain%'" : '';
  const order = parts.has('_id') ? 'message_id, _id' : 'message_id';
  const sql = `SELECT message_id, text FROM parts WHERE typeof(message_id) = 'integer' AND text IS NOT NULL${textOnly} ORDER BY ${order}`;
  return new OrderedChildren(
    reading.rows('parts', () => db.prepare(sql).iterate() as IterableIterator<PartRow>),
    (row) => numericKey(row.message_id),
  );
}

function messageRecord(row: MessageRow, time: number, texts: string[], people: BugleParticipants): MessageRecord {
  const sender = people.sender(row.sender_id);
  const [box, direction] = placement(integerValue(row.message_status), sender);
  const protocol = integerValue(row.message_protocol);
  let address: string | null;
  let contactName: string | null;
  if (direction === 'in' && sender?.address) {
    // In a group the sender, not the group, is who wrote to the user.
    address = sender.address;
    contactName = sender.name;
  } else {
    ({ address, contactName } = people.others(row.conversation_id));
  }
  return {
    type: 'message',
    kind: protocol !== null && MMS_PROTOCOLS.has(protocol) ? 'mms' : 'sms',
    address: address ?? '',
    contactName,
    direction,
    box,
    time,
    timeSent: knownTime(row.sent_timestamp),
    body: mmsBody(nonEmptyText(row.mms_subject), texts),
    serviceCenter: null,
    read: readFlag(row.read),
  };
}

async function* readGoogleBugle(db: Database, name: string, options: ReadOptions): AsyncGenerator<ImportRecord[]> {
  const reading = new DatabaseReading(name, options);
  try {
    const messages = requireTable(db, name, 'messages');
    messages.require(name, ['_id', 'conversation_id', 'sender_id']);
    if (!messages.has('received_timestamp')) messages.require(name, ['sent_timestamp']);
    const people = new BugleParticipants(db, reading);
    const parts = partsReader(db, reading, requireTable(db, name, 'parts'));
    try {
      const sql = `SELECT ${messages.selectList(MESSAGE_COLUMNS)} FROM ${quoteIdentifier('messages')} ORDER BY _id`;
      const statement = reading.guard('messages', () => db.prepare(sql));
      yield* reading.batches(
        'messages',
        () => statement.iterate() as IterableIterator<MessageRow>,
        (row, position) => {
          const key = numericKey(row._id);
          const texts = parts.take(key).map((p) => textValue(p.text)).filter((t): t is string => t !== null);
          // An incoming message's received time is when the phone got it, as in the telephony
          // provider's `date`; a sent one's received time is when it was written.
          const time = knownTime(row.received_timestamp) ?? knownTime(row.sent_timestamp) ?? epochMs(row.received_timestamp ?? row.sent_timestamp, 'ms');
          if (time === null) throw reading.malformed('messages', 'the message has no valid timestamp', position);
          return messageRecord(row, time, texts, people);
        },
      );
    } finally {
      parts.close();
    }
    reading.finish(['messages']);
  } catch (err) {
    throw reading.sqliteFailure(null, err);
  }
}

export const googleBugleImporter: DatabaseImporter = {
  kind: 'database',
  format: 'google-bugle',
  sniff: sniffGoogleBugle,
  read: readGoogleBugle,
  progressTables: ['messages'],
};
