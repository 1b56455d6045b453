// SPDX-License-Identifier: MIT
// Android's telephony database, mmssms.db (com.android.providers.telephony), as pulled from a
// rooted phone or a forensic extraction: SMS in `sms`, MMS in `pdu`/`part`/`addr`, and on Samsung
// phones the messages its spam filter blocked in `spam_sms`. Rows are streamed table by table.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseImporter, ImportRecord, ReadOptions } from '../import/records';
import { readMmsTables, TELEPHONY_MMS_TABLES } from './android-mms-tables';
import { readSmsTable } from './android-sms-table';
import { ThreadAddresses } from './android-thread-addresses';
import { DatabaseReading } from './database-reading';
import { TableColumns } from './sqlite-columns';

const SAMSUNG_SPAM_TABLE = 'spam_sms';

/** `sms` alone is too common a name; a telephony database also has its thread or MMS tables. */
export function sniffAndroidMmssms(tables: ReadonlySet<string>): boolean {
  return tables.has('sms') && (tables.has('threads') || tables.has('canonical_addresses') || tables.has('pdu'));
}

async function* readAndroidMmssms(db: Database, name: string, options: ReadOptions): AsyncGenerator<ImportRecord[]> {
  const reading = new DatabaseReading(name, options);
  try {
    const threads = ThreadAddresses.open(db);
    const read = ['sms'];
    yield* readSmsTable(db, reading, 'sms', { blocked: false, threads });
    if (TableColumns.read(db, TELEPHONY_MMS_TABLES.pdu) !== null) {
      read.push(TELEPHONY_MMS_TABLES.pdu);
      yield* readMmsTables(db, reading, TELEPHONY_MMS_TABLES, threads);
    }
    if (TableColumns.read(db, SAMSUNG_SPAM_TABLE) !== null) {
      read.push(SAMSUNG_SPAM_TABLE);
      yield* readSmsTable(db, reading, SAMSUNG_SPAM_TABLE, { blocked: true, threads });
    }
    reading.finish(read);
  } catch (err) {
    throw reading.sqliteFailure(null, err);
  }
}

export const androidMmssmsImporter: DatabaseImporter = {
  kind: 'database',
  format: 'android-mmssms',
  sniff: sniffAndroidMmssms,
  read: readAndroidMmssms,
  progressTables: ['sms', TELEPHONY_MMS_TABLES.pdu, SAMSUNG_SPAM_TABLE],
};
