// SPDX-License-Identifier: MIT
// sms.db from a Huawei/Honor backup (HiSuite or the phone's Backup app) once kobackupdec has
// decrypted it. The backup copies the telephony provider's columns into its own tables: SMS in
// `sms_tb` (keyed by group_id, with no _id; service_center and other columns missing on some
// EMUI versions) and, when the backup holds MMS, `pdu_tb` / `part_tb` / `addr_tb`. It keeps no
// threads table, so a row without an address stays without one.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseImporter, ImportRecord, ReadOptions } from '../import/records';
import { type MmsTableNames, readMmsTables } from './android-mms-tables';
import { readSmsTable } from './android-sms-table';
import { DatabaseReading } from './database-reading';
import { TableColumns } from './sqlite-columns';

const SMS_TABLE = 'sms_tb';
const MMS_TABLES: MmsTableNames = { pdu: 'pdu_tb', part: 'part_tb', addr: 'addr_tb' };

export function sniffHuaweiSms(tables: ReadonlySet<string>): boolean {
  return tables.has(SMS_TABLE);
}

async function* readHuaweiSms(db: Database, name: string, options: ReadOptions): AsyncGenerator<ImportRecord[]> {
  const reading = new DatabaseReading(name, options);
  try {
    const read = [SMS_TABLE];
    yield* readSmsTable(db, reading, SMS_TABLE, { blocked: false, threads: null });
    if (TableColumns.read(db, MMS_TABLES.pdu) !== null) {
      read.push(MMS_TABLES.pdu);
      yield* readMmsTables(db, reading, MMS_TABLES, null);
    }
    reading.finish(read);
  } catch (err) {
    throw reading.sqliteFailure(null, err);
  }
}

export const huaweiSmsImporter: DatabaseImporter = {
  kind: 'database',
  format: 'huawei-sms',
  sniff: sniffHuaweiSms,
  read: readHuaweiSms,
  progressTables: [SMS_TABLE, MMS_TABLES.pdu],
};
