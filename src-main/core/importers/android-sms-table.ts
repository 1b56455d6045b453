// SPDX-License-Identifier: MIT
// Tables shaped like Android's telephony `sms` table: `sms` itself, Samsung's `spam_sms` (messages
// its spam filter blocked) and Huawei's backup copy `sms_tb`. All keep `date` and `date_sent` in
// ms and `type` as Telephony.TextBasedSmsColumns.MESSAGE_TYPE_*; which other columns exist varies
// by maker and Android version, so only `address`, `date` and `body` are required.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageRecord } from '../import/records';
import type { Direction, MessageBox } from '../model/message';
import type { DatabaseReading } from './database-reading';
import type { ThreadAddresses } from './android-thread-addresses';
import { quoteIdentifier, requireTable } from './sqlite-columns';
import { epochMs, integerValue, nonEmptyText, optionalEpochMs, readFlag, textValue } from './sqlite-values';

export type Placement = readonly [MessageBox, Direction];

export const UNKNOWN_PLACEMENT: Placement = ['unknown', 'in'];

const SMS_TYPES: ReadonlyMap<number, Placement> = new Map<number, Placement>([
  [1, ['inbox', 'in']],
  [2, ['sent', 'out']],
  [3, ['draft', 'out']],
  [4, ['outbox', 'out']],
  [5, ['failed', 'out']],
  [6, ['queued', 'out']],
]);

const REQUIRED = ['address', 'date', 'body'] as const;
const WANTED = ['address', 'date', 'date_sent', 'type', 'body', 'read', 'service_center', 'thread_id'] as const;

type SmsRow = Record<(typeof WANTED)[number], unknown>;

export interface SmsTableOptions {
  /** Set on every record: the table holds messages the phone blocked. */
  blocked: boolean;
  /** Recipients of a thread, for rows whose own address is NULL. */
  threads: ThreadAddresses | null;
}

export function smsPlacement(type: unknown): Placement {
  const n = integerValue(type);
  return (n === null ? undefined : SMS_TYPES.get(n)) ?? UNKNOWN_PLACEMENT;
}

export async function* readSmsTable(
  db: Database,
  reading: DatabaseReading,
  table: string,
  { blocked, threads }: SmsTableOptions,
): AsyncGenerator<MessageRecord[]> {
  const columns = requireTable(db, reading.file, table);
  columns.require(reading.file, REQUIRED);
  const statement = reading.guard(table, () => db.prepare(`SELECT ${columns.selectList(WANTED)} FROM ${quoteIdentifier(table)}`));
  yield* reading.batches(
    table,
    () => statement.iterate() as IterableIterator<SmsRow>,
    (row, position) => {
      const time = epochMs(row.date, 'ms');
      if (time === null) throw reading.malformed(table, 'the message has no valid date', position);
      const [box, direction] = smsPlacement(row.type);
      const record: MessageRecord = {
        type: 'message',
        kind: 'sms',
        address: nonEmptyText(row.address) ?? threads?.lookup(row.thread_id) ?? '',
        contactName: null,
        direction,
        box,
        time,
        timeSent: optionalEpochMs(row.date_sent, 'ms'),
        body: textValue(row.body) ?? '',
        serviceCenter: nonEmptyText(row.service_center),
        read: readFlag(row.read),
      };
      if (blocked) record.blocked = true;
      return record;
    },
  );
}
