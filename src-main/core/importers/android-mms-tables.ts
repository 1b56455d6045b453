// SPDX-License-Identifier: MIT
// MMS in Android's telephony provider: one `pdu` row per message, its text in `part` rows (mid →
// pdu._id; ct 'text/plain' carries `text`, 'application/smil' is layout, media lives in files we
// never read) and its addresses in `addr` rows (msg_id → pdu._id; PduHeaders type 137 From, 151 To,
// 130 Cc). Huawei's backup keeps the same tables as pdu_tb / part_tb / addr_tb.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageRecord } from '../import/records';
import type { Direction } from '../model/message';
import { type Placement, UNKNOWN_PLACEMENT } from './android-sms-table';
import { RECIPIENT_SEPARATOR, type ThreadAddresses } from './android-thread-addresses';
import type { DatabaseReading } from './database-reading';
import { mmsBody } from './mms-text';
import { numericKey, OrderedChildren } from './ordered-children';
import { quoteIdentifier, requireTable, TableColumns } from './sqlite-columns';
import { epochMs, integerValue, nonEmptyText, optionalEpochMs, readFlag, textValue } from './sqlite-values';

export interface MmsTableNames {
  pdu: string;
  part: string;
  addr: string;
}

export const TELEPHONY_MMS_TABLES: MmsTableNames = { pdu: 'pdu', part: 'part', addr: 'addr' };

// Telephony.BaseMmsColumns.MESSAGE_BOX_*.
const MMS_BOXES: ReadonlyMap<number, Placement> = new Map<number, Placement>([
  [1, ['inbox', 'in']],
  [2, ['sent', 'out']],
  [3, ['draft', 'out']],
  [4, ['outbox', 'out']],
  [5, ['failed', 'out']],
]);

// PDU message types (OMA MMS encapsulation), used when msg_box is missing: m-send-req is ours,
// m-notification-ind and m-retrieve-conf came to us.
const MMS_PDU_TYPES: ReadonlyMap<number, Placement> = new Map<number, Placement>([
  [128, ['unknown', 'out']],
  [130, ['unknown', 'in']],
  [132, ['unknown', 'in']],
]);

// m-delivery-ind and m-read-orig-ind: delivery and read reports the provider files in the inbox.
// They carry no text and no person wrote them, so they are not messages.
const REPORT_PDU_TYPES: ReadonlySet<number> = new Set([134, 136]);

const ADDR_FROM = 137;
const ADDR_TO = 151;
const ADDR_CC = 130;
/** Android's placeholder for the phone's own number in the From of an MMS it sends. */
const OWN_ADDRESS_TOKEN = 'insert-address-token';

const PDU_COLUMNS = ['_id', 'thread_id', 'date', 'date_sent', 'msg_box', 'm_type', 'read', 'sub'] as const;
type PduRow = Record<(typeof PDU_COLUMNS)[number], unknown>;
type PartRow = { mid: unknown; text: unknown };
type AddrRow = { msg_id: unknown; address: unknown; type: unknown };

function orderBy(columns: TableColumns, candidates: readonly string[]): string {
  const present = candidates.filter((c) => columns.has(c)).map(quoteIdentifier);
  return present.length > 0 ? ` ORDER BY ${present.join(', ')}` : '';
}

function placement(row: PduRow): Placement {
  const box = integerValue(row.msg_box);
  const fromBox = box === null ? undefined : MMS_BOXES.get(box);
  if (fromBox) return fromBox;
  const type = integerValue(row.m_type);
  return (type === null ? undefined : MMS_PDU_TYPES.get(type)) ?? UNKNOWN_PLACEMENT;
}

/**
 * The other party as the addr rows name it: the From of an incoming message (in a group, the
 * person who wrote), all To recipients of an outgoing one (Cc when there is no To), joined with `~`
 * as SBR does; the phone's own placeholder is left out. Null when the rows name nobody.
 */
function otherParty(rows: readonly AddrRow[], direction: Direction): string | null {
  let from: string | null = null;
  const to: string[] = [];
  const cc: string[] = [];
  for (const row of rows) {
    const address = nonEmptyText(row.address);
    if (address === null || address === OWN_ADDRESS_TOKEN) continue;
    const type = integerValue(row.type);
    if (type === ADDR_FROM) from ??= address;
    else if (type === ADDR_TO) to.push(address);
    else if (type === ADDR_CC) cc.push(address);
  }
  if (direction === 'in') return from;
  const recipients = to.length > 0 ? to : cc;
  return recipients.length > 0 ? recipients.join(RECIPIENT_SEPARATOR) : null;
}

function partRows(db: Database, reading: DatabaseReading, table: string): OrderedChildren<PartRow> | null {
  const columns = TableColumns.read(db, table);
  if (columns === null) return null;
  columns.require(reading.file, ['mid', 'ct', 'text']);
  // Only text/plain parts: SMIL layout (which also sits in `text`) and media are never wanted.
  const sql =
    `SELECT mid, text FROM ${quoteIdentifier(table)} WHERE typeof(mid) = 'integer' AND lower(trim(ct)) LIKE 'text/plain%'` +
    orderBy(columns, ['mid', 'seq', '_id']);
  const rows = reading.rows(table, () => db.prepare(sql).iterate() as IterableIterator<PartRow>);
  return new OrderedChildren(rows, (row) => numericKey(row.mid));
}

function addrRows(db: Database, reading: DatabaseReading, table: string): OrderedChildren<AddrRow> | null {
  const columns = TableColumns.read(db, table);
  if (columns === null) return null;
  columns.require(reading.file, ['msg_id', 'address', 'type']);
  const sql = `SELECT msg_id, address, type FROM ${quoteIdentifier(table)} WHERE typeof(msg_id) = 'integer'` + orderBy(columns, ['msg_id', '_id']);
  const rows = reading.rows(table, () => db.prepare(sql).iterate() as IterableIterator<AddrRow>);
  return new OrderedChildren(rows, (row) => numericKey(row.msg_id));
}

export async function* readMmsTables(
  db: Database,
  reading: DatabaseReading,
  names: MmsTableNames,
  threads: ThreadAddresses | null,
): AsyncGenerator<MessageRecord[]> {
  const pdu = requireTable(db, reading.file, names.pdu);
  pdu.require(reading.file, ['date']);
  const parts = partRows(db, reading, names.part);
  let addrs: OrderedChildren<AddrRow> | null = null;
  try {
    addrs = addrRows(db, reading, names.addr);
    const sql = `SELECT ${pdu.selectList(PDU_COLUMNS)} FROM ${quoteIdentifier(names.pdu)}` + orderBy(pdu, ['_id']);
    const statement = reading.guard(names.pdu, () => db.prepare(sql));
    yield* reading.batches(
      names.pdu,
      () => statement.iterate() as IterableIterator<PduRow>,
      (row, position) => {
        const key = numericKey(row._id);
        const texts = (parts?.take(key) ?? []).map((p) => textValue(p.text)).filter((t): t is string => t !== null);
        const addressed = addrs?.take(key) ?? [];
        const type = integerValue(row.m_type);
        if (type !== null && REPORT_PDU_TYPES.has(type)) return null;
        const time = epochMs(row.date, 'seconds-or-ms');
        if (time === null) throw reading.malformed(names.pdu, 'the message has no valid date', position);
        const [box, direction] = placement(row);
        return {
          type: 'message',
          kind: 'mms',
          address: otherParty(addressed, direction) ?? threads?.lookup(row.thread_id) ?? '',
          contactName: null,
          direction,
          box,
          time,
          timeSent: optionalEpochMs(row.date_sent, 'seconds-or-ms'),
          body: mmsBody(nonEmptyText(row.sub), texts),
          serviceCenter: null,
          read: readFlag(row.read),
        };
      },
    );
  } finally {
    parts?.close();
    addrs?.close();
  }
}
