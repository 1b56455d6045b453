// SPDX-License-Identifier: MIT
// harassment.db from a decrypted Huawei/Honor backup: what the phone's "骚扰拦截" (harassment
// interception, com.huawei.systemmanager) blocked. Its provider keeps blocked SMS in
// `interception_messages` (phone, name, body, date, sub_id, size, exp_date, pdu, type,
// block_reason, ...) beside interception_calls, interception_blacklist and keyword tables.
//
// Not verified against a real backup file: the schema comes from the app's own table definitions,
// and EMUI versions may rename things. So any table whose name mentions "harass" or "intercept"
// and that has an address, a body and a date column is read; the call, blacklist and keyword
// tables have no body and are passed over. Every record is an incoming message with blocked: true.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ImportInputError } from '../errors';
import type { DatabaseImporter, ImportRecord, MessageRecord, ReadOptions } from '../import/records';
import { DatabaseReading } from './database-reading';
import { quoteIdentifier, TableColumns, tableNames } from './sqlite-columns';
import { epochMs, nonEmptyText, textValue } from './sqlite-values';

const TABLE_NAME = /harass|intercept/i;
// Detection is stricter than reading: a backup archive holds many other databases, and one with,
// say, an "interceptors" table must stay unrecognised rather than fail as a broken harassment.db.
const MESSAGE_TABLE_NAME = /(harass|intercept).*(sms|msg|message)|(sms|msg|message).*(harass|intercept)/i;
const ADDRESS_COLUMNS = ['phone', 'address', 'number', 'sender'] as const;
const BODY_COLUMNS = ['body', 'content', 'sms_body', 'msg_body'] as const;
const DATE_COLUMNS = ['date', 'time', 'timestamp'] as const;

/** Names that belong to the other SQLite formats, so a table called "intercept…" there is ignored. */
const OTHER_FORMAT_TABLES = ['sms', 'sms_tb', 'messages'];

export function sniffHuaweiHarassment(tables: ReadonlySet<string>): boolean {
  if (OTHER_FORMAT_TABLES.some((t) => tables.has(t))) return false;
  return [...tables].some((t) => MESSAGE_TABLE_NAME.test(t));
}

interface BlockedTable {
  table: string;
  address: string;
  body: string;
  date: string;
  columns: TableColumns;
}

function blockedTable(db: Database, table: string): BlockedTable | null {
  const columns = TableColumns.read(db, table);
  if (columns === null) return null;
  const address = columns.firstOf(ADDRESS_COLUMNS);
  const body = columns.firstOf(BODY_COLUMNS);
  const date = columns.firstOf(DATE_COLUMNS);
  return address && body && date ? { table, address, body, date, columns } : null;
}

type BlockedRow = { address: unknown; body: unknown; date: unknown; name: unknown; pdu: unknown };

function blockedRecord(row: BlockedRow, time: number): MessageRecord {
  const body = textValue(row.body) ?? '';
  // A blocked MMS is kept as its raw PDU with no text; nothing else marks SMS from MMS here.
  const rawMms = body === '' && Buffer.isBuffer(row.pdu) && row.pdu.length > 0;
  return {
    type: 'message',
    kind: rawMms ? 'mms' : 'sms',
    address: nonEmptyText(row.address) ?? '',
    contactName: nonEmptyText(row.name)?.trim() ?? null,
    direction: 'in',
    box: 'inbox',
    time,
    timeSent: null,
    body,
    serviceCenter: null,
    read: null,
    blocked: true,
  };
}

async function* readHuaweiHarassment(db: Database, name: string, options: ReadOptions): AsyncGenerator<ImportRecord[]> {
  const reading = new DatabaseReading(name, options);
  try {
    const named = tableNames(db).filter((t) => TABLE_NAME.test(t));
    const tables = named.map((t) => blockedTable(db, t)).filter((t): t is BlockedTable => t !== null);
    if (tables.length === 0) {
      const found = named.length > 0 ? named.join(', ') : 'none';
      throw new ImportInputError(
        'MALFORMED_INPUT',
        name,
        `no table of blocked messages (a harassment/interception table with address, body and date columns); interception tables found: ${found}`,
      );
    }
    for (const t of tables) {
      const select = t.columns.selectList(['name', 'pdu']);
      const sql =
        `SELECT ${quoteIdentifier(t.address)} AS address, ${quoteIdentifier(t.body)} AS body, ` +
        `${quoteIdentifier(t.date)} AS date, ${select} FROM ${quoteIdentifier(t.table)}`;
      const statement = reading.guard(t.table, () => db.prepare(sql));
      yield* reading.batches(
        t.table,
        () => statement.iterate() as IterableIterator<BlockedRow>,
        (row, position) => {
          // The interception provider stamps System.currentTimeMillis(); the unit check covers
          // backups that wrote seconds.
          const time = epochMs(row.date, 'seconds-or-ms');
          if (time === null) throw reading.malformed(t.table, 'the message has no valid date', position);
          return blockedRecord(row, time);
        },
      );
    }
    reading.finish(tables.map((t) => t.table));
  } catch (err) {
    throw reading.sqliteFailure(null, err);
  }
}

export const huaweiHarassmentImporter: DatabaseImporter = {
  kind: 'database',
  format: 'huawei-harassment',
  sniff: sniffHuaweiHarassment,
  read: readHuaweiHarassment,
};
