// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { listMessages } from '../../../src-main/core/store/message-queries';
import { listSenders } from '../../../src-main/core/store/sender-queries';
import { listSources } from '../../../src-main/core/store/source-queries';
import { getStats } from '../../../src-main/core/store/stats';
import { call, memoryDb, sms, writeSource } from '../../support/records';

const shared = sms('13900001111', '2025-04-16T05:09:12Z', '您的借款已逾期35天');
const onlyA = sms('95588', '2025-03-01T01:00:00Z', '【工商银行】支出500.00元');
const onlyB = sms('10086', '2025-05-01T01:00:00Z', '【中国移动】本月流量已用80%');

function twoSources() {
  const db = memoryDb();
  const a = writeSource(db, [shared, onlyA, call('13900001111', '2025-04-16T06:00:00Z', 35)], 'a.xml');
  const b = writeSource(db, [shared, onlyB, call('13900001111', '2025-04-16T06:00:00Z', 35)], 'b.xml');
  return { db, a: a.sourceId, b: b.sourceId };
}

describe('removeSource', () => {
  it('removes what only that source carried and keeps what another source carried too', () => {
    const { db, a, b } = twoSources();
    expect(removeSource(db, a)).toEqual({ messagesRemoved: 1, callsRemoved: 0 });
    const bodies = listMessages(db, {}, 0, 10).rows.map((r) => r.snippet).sort();
    expect(bodies).toEqual([shared.body, onlyB.body].sort());
    expect(getStats(db)).toMatchObject({ messages: 2, calls: 1, sources: 1 });
    // The survivor now counts the shared entries as its own.
    expect(listSources(db)).toMatchObject([{ sourceId: b, messagesAdded: 2, callsAdded: 1, duplicatesSkipped: 0 }]);
  });

  it('removes senders left without messages or calls', () => {
    const { db, a } = twoSources();
    removeSource(db, a);
    expect(listSenders(db, '95588', 10)).toEqual([]);
    expect(listSenders(db, '13900001111', 10)).toHaveLength(1);
  });

  it('keeps the search index in step', () => {
    const { db, a, b } = twoSources();
    removeSource(db, b);
    expect(listMessages(db, { query: '流量' }, 0, 10).total).toBe(0);
    expect(listMessages(db, { query: '逾期' }, 0, 10).total).toBe(1);
    removeSource(db, a);
    expect(listMessages(db, { query: '逾期' }, 0, 10).total).toBe(0);
    expect(getStats(db)).toMatchObject({ messages: 0, calls: 0, senders: 0, sources: 0 });
  });

  it('refuses an unknown source', () => {
    expect(() => removeSource(memoryDb(), 42)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('listSources before a removal', () => {
  it('says exactly how many entries another source carried too', () => {
    const { db, a } = twoSources();
    const source = listSources(db).find((s) => s.sourceId === a)!;
    expect(source).toMatchObject({ messagesAdded: 2, callsAdded: 1, sharedMessages: 1, sharedCalls: 1 });
    expect(removeSource(db, a)).toEqual({ messagesRemoved: source.messagesAdded - source.sharedMessages, callsRemoved: source.callsAdded - source.sharedCalls });
  });
});
