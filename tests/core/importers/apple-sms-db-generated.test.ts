// SPDX-License-Identifier: MIT
// The Messages importer on databases written the way iOS 16 writes sms.db: nanosecond dates, text
// only in attributedBody, group chats, spam filters, events and reactions that are not messages.
import Database from 'better-sqlite3-multiple-ciphers';
import { truncateSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { MessageRecord } from '../../../src-main/core/import/records';
import { appleSmsDbImporter } from '../../../src-main/core/importers/apple-sms-db';
import { writeAppleSmsDb, type AppleSmsMessage } from '../../support/write-apple-sms-db';
import { readBatches, readError, readMessages, scratchDir, tablesOf } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2024, 2, 15, 1, 30); // 2024-03-15 09:30 in China
const at = (minutes: number) => T0 + minutes * 60_000 + 123;

const GROUP = ['+8613800138000', '+8613900139000', 'zhang.wei@icloud.com'];

const IOS16: AppleSmsMessage[] = [
  { address: '95588', fromMe: false, time: at(0), store: 'attributedBody', serviceCenter: '+8613800100500',
    text: '【工商银行】您尾号6688的储蓄卡3月15日09:30支出人民币1,280.00元，余额23,456.78元。' },
  { address: '+8613800138000', fromMe: false, time: at(1), text: '晚上回来吃饭吗？', service: 'iMessage', isRead: false },
  { address: '+8613800138000', fromMe: true, time: at(2), text: '好的，七点到😂', store: 'attributedBody', handleless: true, service: 'iMessage' },
  { address: GROUP, fromMe: true, time: at(3), text: '周末一起去爬山吧', service: 'iMessage' },
  { address: GROUP, fromMe: false, sender: 'zhang.wei@icloud.com', time: at(4), text: '好啊，几点？', service: 'iMessage' },
  { address: '10690000123456', fromMe: false, time: at(5), text: '【速借宝】最高可借20万，日息低至0.02%，回T退订', isSpam: true },
  { address: '10691234', fromMe: false, time: at(6), text: '【闪电花】您有一笔额度待领取', filterAction: 2 },
  { address: '10693333', fromMe: false, time: at(7), text: '【京东】双十一狂欢提前购！', filterAction: 3 },
  { address: '17000000000', fromMe: false, time: at(8), text: '您的借款已逾期，请立即处理' },
  { address: '17100000000', fromMe: false, time: at(9), text: '你好，我是新来的快递员' },
  { address: GROUP, fromMe: true, time: at(10), text: null, itemType: 1, service: 'iMessage' },
  { address: GROUP, fromMe: false, sender: '+8613900139000', time: at(11), text: 'Loved “周末一起去爬山吧”', associatedMessageType: 2000, service: 'iMessage' },
  { address: '+8613800138000', fromMe: false, time: at(12), text: '\uFFFC', hasAttachments: true },
  { address: '+8613800138000', fromMe: false, time: at(13), text: '\uFFFC看这张照片', store: 'attributedBody', hasAttachments: true },
  { address: '+8613800138000', fromMe: true, time: at(14), text: '收到', service: 'RCS' },
  { address: '+8613800138000', fromMe: true, time: at(15), text: '发送失败的短信', error: 22 },
  { address: '+8613800138000', fromMe: false, time: at(16), text: null },
  { address: '+8613800138000', fromMe: false, time: at(17), text: null, attributedBody: Buffer.from('not a typedstream') },
];
const CHAT_FILTER = { '17000000000': 2, '17100000000': 1 };

function write(messages: readonly AppleSmsMessage[], options: Parameters<typeof writeAppleSmsDb>[2] = {}): string {
  const path = scratch.path('sms.db');
  writeAppleSmsDb(path, messages, { chatFilter: CHAT_FILTER, ...options });
  return path;
}

function expectedRecords(unit: 'ns' | 's'): MessageRecord[] {
  const t = (minutes: number) => (unit === 'ns' ? at(minutes) : at(minutes) - 123);
  const base = { type: 'message', kind: 'sms', contactName: null, timeSent: null, serviceCenter: null } as const;
  const inbox = { ...base, direction: 'in', box: 'inbox', read: true } as const;
  const sent = { ...base, direction: 'out', box: 'sent', read: true } as const;
  return [
    { ...inbox, address: '95588', time: t(0), body: IOS16[0]!.text!, serviceCenter: '+8613800100500' },
    { ...inbox, address: '+8613800138000', time: t(1), body: '晚上回来吃饭吗？', read: false },
    { ...sent, address: '+8613800138000', time: t(2), body: '好的，七点到😂' },
    { ...sent, address: '+8613800138000~+8613900139000~zhang.wei@icloud.com', time: t(3), body: '周末一起去爬山吧' },
    { ...inbox, address: 'zhang.wei@icloud.com', time: t(4), body: '好啊，几点？' },
    { ...inbox, address: '10690000123456', time: t(5), body: IOS16[5]!.text!, blocked: true },
    { ...inbox, address: '10691234', time: t(6), body: '【闪电花】您有一笔额度待领取', blocked: true },
    { ...inbox, address: '10693333', time: t(7), body: '【京东】双十一狂欢提前购！' },
    { ...inbox, address: '17000000000', time: t(8), body: '您的借款已逾期，请立即处理', blocked: true },
    { ...inbox, address: '17100000000', time: t(9), body: '你好，我是新来的快递员' },
    { ...inbox, address: '+8613800138000', time: t(13), body: '看这张照片' },
    { ...sent, address: '+8613800138000', time: t(14), body: '收到' },
    { ...sent, address: '+8613800138000', time: t(15), body: '发送失败的短信', box: 'failed' },
  ];
}

describe('appleSmsDbImporter on an iOS 16 sms.db', () => {
  it('recognises the database by its tables, and not an Android one', async () => {
    expect(appleSmsDbImporter.sniff(await tablesOf(write(IOS16)))).toBe(true);
    expect(appleSmsDbImporter.sniff(new Set(['sms', 'threads', 'canonical_addresses']))).toBe(false);
  });

  it('maps every kind of row as documented', async () => {
    const messages = await readMessages(appleSmsDbImporter, write(IOS16));
    expect(messages).toEqual(expectedRecords('ns'));
    for (const m of messages) expect(MessageRecord.parse(m)).toEqual(m);
  });

  it('reads an older database: dates in seconds, no spam columns, no index on the chat join', async () => {
    const messages = await readMessages(appleSmsDbImporter, write(IOS16, { dateUnit: 'seconds', legacy: true }));
    const expected = expectedRecords('s').map((r) => {
      // Without is_spam and filter_action only the chat-level verdict is left.
      const { blocked, ...rest } = r;
      return r.address === '17000000000' ? { ...rest, blocked } : rest;
    });
    expect(messages).toEqual(expected);
  });

  it('decides seconds or nanoseconds row by row, for a database carried across iOS upgrades', async () => {
    const path = write(IOS16.slice(0, 3));
    const db = new Database(path);
    db.prepare('UPDATE message SET date = date / 1000000000 WHERE ROWID = 1').run();
    db.close();
    const messages = await readMessages(appleSmsDbImporter, path);
    expect(messages.map((m) => m.time)).toEqual([at(0) - 123, at(1), at(2)]);
  });

  it('yields batches of at most 500 and reports progress in rows', async () => {
    const many: AppleSmsMessage[] = Array.from({ length: 1234 }, (_, i) => ({
      address: `1380013${String(i % 50).padStart(4, '0')}`,
      fromMe: i % 3 === 0,
      time: T0 + i * 1000,
      text: `第${i}条短信`,
      store: i % 2 ? 'attributedBody' : 'both',
    }));
    const progress: number[] = [];
    const batches = await readBatches(appleSmsDbImporter, write(many), { onBytes: (n) => progress.push(n) });
    expect(batches.map((b) => b.length)).toEqual([500, 500, 234]);
    expect(batches.flat().map((r) => (r as MessageRecord).body)).toEqual(many.map((m) => m.text));
    expect(progress).toEqual([500, 1000, 1234]);
  });
});

describe('appleSmsDbImporter on broken databases', () => {
  it('names a missing table', async () => {
    const path = write(IOS16);
    const db = new Database(path);
    db.exec('DROP TABLE handle');
    db.close();
    const err = await readError(appleSmsDbImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('no table handle');
  });

  it('names a missing column', async () => {
    const path = write(IOS16);
    const db = new Database(path);
    db.exec('ALTER TABLE message DROP COLUMN is_from_me');
    db.close();
    const err = await readError(appleSmsDbImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('table message has no column is_from_me');
  });

  it('names the row of a message without a date', async () => {
    const path = write(IOS16);
    const db = new Database(path);
    db.prepare('UPDATE message SET date = NULL WHERE ROWID = 4').run();
    db.close();
    const err = await readError(appleSmsDbImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('table message, row 4: the message has no valid date');
  });

  it('reports a database with no text message as empty', async () => {
    expect((await readError(appleSmsDbImporter, write([]))).code).toBe('EMPTY_BACKUP');
    expect((await readError(appleSmsDbImporter, write([IOS16[10]!, IOS16[11]!, IOS16[12]!]))).code).toBe('EMPTY_BACKUP');
  });

  it('reports a truncated file as malformed', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ address: '95588', fromMe: false, time: T0 + i, text: `余额变动${i}` }));
    const path = write(many);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const err = await readError(appleSmsDbImporter, path);
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err.code).toBe('MALFORMED_INPUT');
  });

  it('stops with CancelledError when cancelled before or between batches', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => ({ address: '95588', fromMe: false, time: T0 + i, text: `余额变动${i}` }));
    const path = write(many);
    const before = new AbortController();
    before.abort();
    await expect(readBatches(appleSmsDbImporter, path, { signal: before.signal })).rejects.toBeInstanceOf(CancelledError);
    const between = new AbortController();
    await expect(
      readBatches(appleSmsDbImporter, path, { signal: between.signal, onBytes: (n) => n >= 500 && between.abort() }),
    ).rejects.toBeInstanceOf(CancelledError);
  });
});
