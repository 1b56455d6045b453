// SPDX-License-Identifier: MIT
// The Messages database of an iPhone (Library/SMS/sms.db) or a Mac (~/Library/Messages/chat.db):
// SMS, iMessage and RCS alike in `message`, the other party in `handle`, conversations in `chat`.
//
// What is mapped, and why:
// - direction from `is_from_me`; the other party is the message's handle (`handle.id`: a number or
//   an email) or, when handle_id is 0 (messages the user sent in a group, some sent 1:1 messages),
//   the handles of its chat through chat_message_join → chat_handle_join, joined with `~`.
// - kind is always 'sms': an iMessage or RCS text is still a text message; `service` is not kept.
// - time is `date` (Apple absolute time, see apple-time). No field is a sending time the way
//   Android's date_sent is: date_delivered and date_read are receipts, so timeSent stays null.
// - box: 'inbox' for received; 'failed' for sent with a non-zero `error`, otherwise 'sent'.
// - read: `is_read` for received; a sent message is read (Apple's is_read on one is the
//   recipient's read receipt), as Android records it.
// - blocked: `is_spam` = 1, `filter_action` = 2 (ILMessageFilterAction.junk, set by SMS filter apps
//   such as those that file Chinese spam), or a chat filed as junk / with a blocked sender.
// - body: `text`, or when it is NULL or empty (often so since iOS 16) the string decoded from
//   `attributedBody`. U+FFFC, the placeholder where an attachment sat in the text, is removed.
// Rows that are not a message the user read as text are skipped: group events (`item_type` ≠ 0:
// members, names, FaceTime...), tapbacks, stickers and other reactions to another message
// (`associated_message_type` ≥ 1000), and messages with nothing but attachments or no text at all
// (the body is blank once placeholders are gone).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseImporter, MessageRecord, ReadOptions } from '../import/records';
import { decodeAttributedBody } from './apple-attributed-body';
import { AppleChats } from './apple-chats';
import { appleTimeToEpochMs } from './apple-time';
import { DatabaseReading } from './database-reading';
import { requireTable, TableColumns } from './sqlite-columns';
import { integerValue, nonEmptyText, readFlag, textValue } from './sqlite-values';

const MESSAGE_REQUIRED = ['text', 'handle_id', 'is_from_me', 'date'] as const;
const MESSAGE_WANTED = [
  ...MESSAGE_REQUIRED,
  'attributedBody',
  'item_type',
  'associated_message_type',
  'is_read',
  'error',
  'service_center',
  'is_spam',
  'filter_action',
] as const;

type MessageRow = Record<(typeof MESSAGE_WANTED)[number] | 'rowid' | 'handle_address' | 'chat_id' | 'chat_junk', unknown>;

const APPLE_TABLES = ['message', 'handle', 'chat', 'chat_message_join', 'chat_handle_join'] as const;
const ATTACHMENT_PLACEHOLDER = /\uFFFC/g;
const FIRST_ASSOCIATED_TYPE = 1000;
const FILTER_ACTION_JUNK = 2;
/**
 * chat.is_filtered is a category, not a flag: 0 known sender, 1 unknown sender (still shown in
 * Messages), 2 junk, 3 and up the SMS-filter folders (promotions, transactions...). Only 2 is spam.
 * chat.is_blackholed marks a conversation whose sender the user blocked.
 */
const CHAT_FILTERED_AS_JUNK = 2;

export function sniffAppleSmsDb(tables: ReadonlySet<string>): boolean {
  return APPLE_TABLES.every((t) => tables.has(t));
}

/** What the user saw as the message's text, placeholders removed; '' when there is none. */
export function appleMessageBody(text: unknown, attributedBody: unknown): string {
  let body = textValue(text);
  if ((body === null || body === '') && attributedBody instanceof Uint8Array) body = decodeAttributedBody(attributedBody);
  return (body ?? '').replace(ATTACHMENT_PLACEHOLDER, '');
}

function isTextMessage(row: MessageRow): boolean {
  const itemType = integerValue(row.item_type);
  const associated = integerValue(row.associated_message_type);
  return (itemType === null || itemType === 0) && (associated === null || associated < FIRST_ASSOCIATED_TYPE);
}

/** Apple dates may exceed 2^53 (nanoseconds), beyond what integerValue accepts. */
function appleDate(value: unknown): number | null {
  if (typeof value === 'number' || typeof value === 'bigint') return appleTimeToEpochMs(value);
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return appleTimeToEpochMs(BigInt(value.trim()));
  return null;
}

/** True when some index of chat_message_join starts with message_id (iOS and macOS create one). */
function hasMessageIdIndex(db: Database): boolean {
  const indexes = db.prepare("SELECT name FROM pragma_index_list('chat_message_join')").all() as { name: string }[];
  return indexes.some(({ name }) => {
    const [first] = db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as { name: string | null }[];
    return first?.name === 'message_id';
  });
}

/**
 * The chat of a message is needed only when its handle does not name the other party. A message
 * may sit in more than one chat; the first is enough. With an index on message_id the chat is
 * looked up for those rows alone; without one (an old or stripped database) the join is grouped
 * and materialised once, which SQLite indexes automatically, instead of scanning the join table
 * for every row.
 */
function chatColumn(db: Database): { select: string; join: string } {
  const join = TableColumns.read(db, 'chat_message_join');
  if (join === null || !join.has('chat_id') || !join.has('message_id')) return { select: 'NULL', join: '' };
  if (hasMessageIdIndex(db)) {
    return {
      select: `CASE WHEN COALESCE(trim(h.id), '') = '' THEN
                 (SELECT MIN(c.chat_id) FROM chat_message_join c WHERE c.message_id = m.ROWID) END`,
      join: '',
    };
  }
  return {
    select: 'j.chat_id',
    join: `LEFT JOIN (SELECT message_id, MIN(chat_id) AS chat_id FROM chat_message_join GROUP BY message_id) j
             ON j.message_id = m.ROWID`,
  };
}

/**
 * Whether the message sits in a chat filed as junk or with a blocked sender. Such chats are few, so
 * SQLite evaluates the subquery once into an ephemeral index rather than per message.
 */
function chatJunkColumn(db: Database): string {
  const chat = TableColumns.read(db, 'chat');
  const join = TableColumns.read(db, 'chat_message_join');
  if (chat === null || join === null || !join.has('chat_id') || !join.has('message_id')) return '0';
  const conditions = [
    ...(chat.has('is_filtered') ? [`ch.is_filtered = ${CHAT_FILTERED_AS_JUNK}`] : []),
    ...(chat.has('is_blackholed') ? ['ch.is_blackholed = 1'] : []),
  ];
  if (conditions.length === 0) return '0';
  return `m.ROWID IN (SELECT c.message_id FROM chat_message_join c JOIN chat ch ON ch.ROWID = c.chat_id
                      WHERE ${conditions.join(' OR ')})`;
}

function messageQuery(db: Database, file: string): string {
  const message = requireTable(db, file, 'message');
  message.require(file, MESSAGE_REQUIRED);
  const handle = requireTable(db, file, 'handle');
  handle.require(file, ['id']);
  const chat = chatColumn(db);
  return `SELECT m.ROWID AS rowid, ${message.selectList(MESSAGE_WANTED, 'm')}, h.id AS handle_address,
            ${chat.select} AS chat_id, ${chatJunkColumn(db)} AS chat_junk
          FROM message m
          LEFT JOIN handle h ON h.ROWID = m.handle_id
          ${chat.join}
          ORDER BY m.ROWID`;
}

async function* readAppleSmsDb(db: Database, name: string, options: ReadOptions): AsyncGenerator<MessageRecord[]> {
  const reading = new DatabaseReading(name, options);
  try {
    const chats = AppleChats.read(db, reading);
    // Nanosecond dates pass 2^53: read integers as bigint so that no millisecond is lost to rounding.
    const statement = reading.guard('message', () => db.prepare(messageQuery(db, name)).safeIntegers(true));
    yield* reading.batches(
      'message',
      () => statement.iterate() as IterableIterator<MessageRow>,
      (row) => {
        if (!isTextMessage(row)) return null;
        const body = appleMessageBody(row.text, row.attributedBody);
        if (body.trim() === '') return null;
        const rowid = integerValue(row.rowid) ?? undefined;
        const time = appleDate(row.date);
        if (time === null) throw reading.malformed('message', 'the message has no valid date', rowid);
        const out = integerValue(row.is_from_me) === 1;
        const record: MessageRecord = {
          type: 'message',
          kind: 'sms',
          address: nonEmptyText(row.handle_address) ?? chats.address(row.chat_id) ?? '',
          contactName: null,
          direction: out ? 'out' : 'in',
          box: out ? ((integerValue(row.error) ?? 0) !== 0 ? 'failed' : 'sent') : 'inbox',
          time,
          timeSent: null,
          body,
          serviceCenter: nonEmptyText(row.service_center),
          read: out ? true : readFlag(row.is_read),
        };
        if (readFlag(row.is_spam) === true || integerValue(row.filter_action) === FILTER_ACTION_JUNK || readFlag(row.chat_junk) === true) {
          record.blocked = true;
        }
        return record;
      },
    );
    reading.finish(['message']);
  } catch (err) {
    throw reading.sqliteFailure(null, err);
  }
}

export const appleSmsDbImporter: DatabaseImporter = {
  kind: 'database',
  format: 'apple-sms-db',
  sniff: sniffAppleSmsDb,
  read: readAppleSmsDb,
  progressTables: ['message'],
};
