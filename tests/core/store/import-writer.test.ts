// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { listMessages } from '../../../src-main/core/store/message-queries';
import { call, memoryDb, sms, writeSource } from '../../support/records';

describe('ImportWriter', () => {
  it('stores a message seen again in a later import only once', () => {
    const db = memoryDb();
    const batch = [sms('+8613800138000', '2025-01-01T00:00:00.123Z', '您好'), call('13800138000', '2025-01-01T01:00:00Z', 20)];
    expect(writeSource(db, batch, 'a.xml')).toMatchObject({ messagesAdded: 1, callsAdded: 1, duplicatesSkipped: 0, sendersAdded: 1 });
    // The same SMS from another format: plain number, millisecond part lost.
    const again = [sms('13800138000', '2025-01-01T00:00:00.000Z', '您好'), call('+86 138 0013 8000', '2025-01-01T01:00:00Z', 20)];
    expect(writeSource(db, again, 'b.xml')).toMatchObject({ messagesAdded: 0, callsAdded: 0, duplicatesSkipped: 2, sendersAdded: 0 });
    expect(listMessages(db, {}, 0, 10).total).toBe(1);
  });

  it('keeps two different texts of the same second from the same sender', () => {
    const db = memoryDb();
    const counts = writeSource(db, [sms('10086', '2025-01-01T00:00:00Z', '第一条'), sms('10086', '2025-01-01T00:00:00Z', '第二条')]);
    expect(counts.messagesAdded).toBe(2);
  });

  it('keeps messages with absurd times, flags them and leaves them out of the time range', () => {
    const db = memoryDb();
    const counts = writeSource(db, [sms('10086', 0, '1970'), sms('10086', Date.parse('2200-01-01'), '未来'), sms('10086', '2024-05-01T00:00:00Z', '正常')]);
    expect(counts.messagesAdded).toBe(3);
    expect(counts.firstTime).toBe(Date.parse('2024-05-01T00:00:00Z'));
    expect(counts.lastTime).toBe(counts.firstTime);
    expect(listMessages(db, {}, 0, 10).rows.filter((r) => r.timeSuspect)).toHaveLength(2);
  });

  it('attaches the first contact name seen to a sender that had none', () => {
    const db = memoryDb();
    writeSource(db, [sms('13800138000', '2025-01-01T00:00:00Z', 'a')]);
    writeSource(db, [sms('13800138000', '2025-01-02T00:00:00Z', 'b', { contactName: '妈妈' })]);
    expect(listMessages(db, {}, 0, 10).rows.every((r) => r.contactName === '妈妈')).toBe(true);
  });
});
