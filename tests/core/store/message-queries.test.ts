// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { getMessage, listMessages } from '../../../src-main/core/store/message-queries';
import { listSenders } from '../../../src-main/core/store/sender-queries';
import { getStats } from '../../../src-main/core/store/stats';
import { call, memoryDb, sms, writeSource } from '../../support/records';

const COLLECTOR = '+86 139-0000-1111';
function seeded() {
  const db = memoryDb();
  writeSource(db, [
    sms('95588', '2025-03-01T01:00:00Z', '【工商银行】您尾号8848的卡3月1日支出500.00元', { contactName: '工行' }),
    sms(COLLECTOR, '2025-04-16T05:09:12Z', '林晓峰先生，您在速借宝的借款已逾期35天，请今日内处理'),
    sms('13900001111', '2025-04-17T05:09:12Z', '最后通知：逾期不还将上报征信并起诉'),
    sms('1069012345', '2025-04-18T02:00:00Z', '【淘宝】验证码482913，5分钟内有效'),
    sms('13912345678', '2025-04-19T12:00:00Z', '好的，明天贷款的事再说', { direction: 'out', box: 'sent' }),
    sms('13912345678', 0, '时间坏了的短信'),
    call(COLLECTOR, '2025-04-16T06:00:00Z', 35),
  ]);
  return db;
}

describe('listMessages', () => {
  it('returns newest first with the total', () => {
    const { total, rows } = listMessages(seeded(), {}, 0, 3);
    expect(total).toBe(6);
    expect(rows.map((r) => r.time)).toEqual([...rows.map((r) => r.time)].sort((a, b) => b - a));
    expect(rows).toHaveLength(3);
  });

  it('pages with offset and limit without overlap', () => {
    const db = seeded();
    const a = listMessages(db, {}, 0, 3).rows.map((r) => r.id);
    const b = listMessages(db, {}, 3, 3).rows.map((r) => r.id);
    expect(new Set([...a, ...b]).size).toBe(6);
  });

  it.each([
    ['贷', 1],
    ['逾期', 2],
    ['验证码', 1],
    ['尾号8848', 1],
    ['上报征信并起诉', 1],
    ['不存在的词', 0],
  ])('finds %s in %i messages', (query, n) => {
    const { total, rows } = listMessages(seeded(), { query }, 0, 50);
    expect(total).toBe(n);
    for (const r of rows) expect(getMessage(seeded(), r.id).body).toContain(query);
  });

  it('treats a punctuation-only query as a plain substring scan', () => {
    expect(listMessages(seeded(), { query: '【' }, 0, 50).total).toBe(2);
  });

  it('combines search with sender, direction and date filters', () => {
    const db = seeded();
    const senderId = listSenders(db, '13900001111', 5)[0]!.id;
    expect(listMessages(db, { query: '逾期', senderId }, 0, 50).total).toBe(2);
    expect(listMessages(db, { direction: 'out' }, 0, 50).total).toBe(1);
    expect(listMessages(db, { from: Date.parse('2025-04-17T00:00:00Z'), to: Date.parse('2025-04-18T00:00:00Z') }, 0, 50).total).toBe(1);
  });

  it('stores +86-prefixed and plain forms of a number as one sender', () => {
    const db = seeded();
    const rows = listSenders(db, '13900001111', 5);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ address: '13900001111', kind: 'mobile', messages: 2, calls: 1 });
  });
});

describe('getMessage', () => {
  it('returns the full body, source and raw sender', () => {
    const db = seeded();
    const id = listMessages(db, { query: '速借宝' }, 0, 1).rows[0]!.id;
    const m = getMessage(db, id);
    expect(m.body).toBe('林晓峰先生，您在速借宝的借款已逾期35天，请今日内处理');
    expect(m.senderRaw).toBe(COLLECTOR);
    expect(m.source.file).toBe('test.xml');
  });

  it('reports a missing id as NOT_FOUND', () => {
    expect(() => getMessage(seeded(), 999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('getStats', () => {
  it('counts messages, calls, senders and flags the impossible date', () => {
    const s = getStats(seeded());
    expect(s).toMatchObject({ messages: 6, incoming: 5, outgoing: 1, calls: 1, sources: 1, suspectTimes: 1 });
    expect(s.firstTime).toBe(Date.parse('2025-03-01T01:00:00Z'));
    expect(s.sendersByKind.bank_service).toBe(1);
    expect(s.sendersByKind.sms_gateway).toBe(1);
  });
});

describe('blocked messages', () => {
  it('carry the phone’s spam or block mark into the detail', () => {
    const db = memoryDb();
    writeSource(db, [sms('17012345678', '2025-05-01T00:00:00Z', '【征信中心】您的学生贷账户未注销', { blocked: true }), sms('10086', '2025-05-01T00:00:01Z', '话费余额提醒')]);
    const details = listMessages(db, {}, 0, 10).rows.map((r) => getMessage(db, r.id));
    expect(details.map((d) => [d.sender, d.blocked])).toEqual([
      ['10086', false],
      ['17012345678', true],
    ]);
  });
});
