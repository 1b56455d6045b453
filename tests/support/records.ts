// SPDX-License-Identifier: MIT
// Builders for import records and an in-memory store filled with them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../src-main/core/db/open';
import type { CallRecord, MessageRecord } from '../../src-main/core/import/records';
import { ImportWriter, type WriteCounts } from '../../src-main/core/store/import-writer';

export function sms(address: string, time: string | number, body: string, extra: Partial<MessageRecord> = {}): MessageRecord {
  return {
    type: 'message',
    kind: 'sms',
    address,
    contactName: null,
    direction: 'in',
    box: 'inbox',
    time: typeof time === 'number' ? time : Date.parse(time),
    timeSent: null,
    body,
    serviceCenter: null,
    read: true,
    ...extra,
  };
}

export function call(address: string, time: string, durationS: number, extra: Partial<CallRecord> = {}): CallRecord {
  return { type: 'call', address, contactName: null, time: Date.parse(time), durationS, callType: 'incoming', ...extra };
}

export function memoryDb(): Database {
  return openDatabase(':memory:', { key: null });
}

/** Writes records as one source, the way an import does, and returns the counts. */
export function writeSource(db: Database, records: (MessageRecord | CallRecord)[], fileName = 'test.xml'): WriteCounts & { sourceId: number } {
  return db.transaction(() => {
    const writer = new ImportWriter(db, { path: `/evidence/${fileName}`, fileName, size: 1, sha256: 'ab'.repeat(32), format: 'sbr-xml' });
    writer.write(records);
    return { ...writer.finish(), sourceId: writer.sourceId };
  })();
}
