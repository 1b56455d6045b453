// SPDX-License-Identifier: MIT
// The telephony-database importer on plaso's real AOSP mmssms.db and on databases written by the
// test: Chinese SMS and MMS, Samsung's spam_sms, an older layout missing columns, broken files,
// cancellation and progress.
import { closeSync, openSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { androidMmssmsImporter, sniffAndroidMmssms } from '../../../src-main/core/importers/android-mmssms';
import { writeMmssmsDb, type MmsRowInput, type SmsRowInput } from '../../support/write-mmssms-db';
import { FIXTURES, readBatches, readError, readMessages, scratchDir, tablesOf } from './sqlite-test-files';

const PLASO = join(FIXTURES, 'android-mmssms/plaso__mmssms.db');
const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2024, 2, 15, 1, 30); // 2024-03-15 09:30 in China
const S0 = Math.floor(T0 / 1000);

const CHINESE_SMS: SmsRowInput[] = [
  {
    address: '95588',
    time: T0,
    timeSent: T0 - 2000,
    type: 1,
    serviceCenter: '+8613800100500',
    body: '【工商银行】您尾号6688的储蓄卡3月15日09:30支出人民币1,280.00元，余额23,456.78元。',
  },
  { address: '1069012345678', time: T0 + 1000, type: 1, read: 0, body: '【淘宝】验证码 482913，5分钟内有效😂，请勿告诉他人。' },
  { address: '+86 138 0013 8000', time: T0 + 2000, type: 2, body: '晚上回来吃饭吗？\n记得带钥匙' },
  { address: '13900139000', time: T0 + 3000, type: 3, body: '草稿：明天早上九点' },
  { address: '13900139000', time: T0 + 4000, type: 4, body: '发件箱' },
  { address: '13900139000', time: T0 + 5000, type: 5, body: '发送失败' },
  { address: '13900139000', time: T0 + 6000, type: 6, body: '排队中' },
  { address: '10086', time: T0 + 7000, type: 7, body: '未知类型' },
  { address: '10010', time: T0 + 8000, type: 1, body: null },
  { address: null, time: T0 + 9000, type: 1, body: '群发通知：周六聚餐', threadId: 900 },
];

const CHINESE_MMS: MmsRowInput[] = [
  {
    date: S0 + 100,
    dateSent: S0 + 95,
    msgBox: 1,
    read: 0,
    parts: [
      { ct: 'application/smil', seq: -1, text: '<smil><body><par dur="5000ms"><img src="a.jpg"/></par></body></smil>' },
      { ct: 'image/jpeg', name: 'a.jpg' },
      { ct: 'text/plain', seq: 0, text: '【中国移动】手机报 第一页' },
      { ct: 'text/plain', seq: 1, text: '第二页 🌍' },
    ],
    addrs: [
      { address: '10657500000', type: 137 },
      { address: '13700137000', type: 151 },
    ],
  },
  {
    date: S0 + 200,
    msgBox: 2,
    subject: '周末聚餐',
    parts: [{ ct: 'text/plain', text: '周六晚上七点，老地方' }],
    addrs: [
      { address: 'insert-address-token', type: 137 },
      { address: '13800138000', type: 151 },
      { address: '13900139000', type: 151 },
    ],
  },
  // A delivery report the provider files in the inbox: not a message.
  { date: S0 + 201, msgBox: 1, mType: 134, parts: [], addrs: [{ address: '13800138000', type: 151 }] },
  // No addr rows: the thread names the other party.
  { date: S0 + 300, msgBox: 1, threadId: 901, parts: [{ ct: 'TEXT/PLAIN; charset=utf-8', text: '照片已收到' }], addrs: [] },
  // An OEM copy that stores ms, and a message known only by its PDU type.
  { date: (S0 + 400) * 1000, msgBox: null, mType: 132, parts: [{ ct: 'text/plain', text: '毫秒时间' }], addrs: [{ address: '13600136000', type: 137 }] },
];

const THREADS = [
  { id: 900, recipients: ['13800138000', '13900139000'] },
  { id: 901, recipients: ['13500135000'] },
];

const SPAM: SmsRowInput[] = [
  { address: '17000000001', time: T0 + 20_000, type: 1, body: '【速借宝】最高可借20万，日息低至0.02%，回T退订', timeSent: T0 },
  { address: '17000000002', time: T0 + 21_000, type: 1, body: '您的账户存在异常，请点击 http://xx.cn 验证' },
];

function writeChinese(extra: Partial<Parameters<typeof writeMmssmsDb>[1]> = {}): string {
  const path = scratch.path('mmssms.db');
  writeMmssmsDb(path, { sms: CHINESE_SMS, mms: CHINESE_MMS, threads: THREADS, ...extra });
  return path;
}

describe('androidMmssmsImporter on plaso’s AOSP database', () => {
  it('recognises the database by its tables', async () => {
    expect(sniffAndroidMmssms(await tablesOf(PLASO))).toBe(true);
  });

  it('reads all 9 SMS with direction, times and bodies as stored', async () => {
    const records = await readMessages(androidMmssmsImporter, PLASO);
    expect(records).toHaveLength(9);
    expect(records.filter((r) => r.direction === 'out' && r.box === 'sent')).toHaveLength(5);
    expect(records.filter((r) => r.direction === 'in' && r.box === 'inbox')).toHaveLength(4);
    expect(records[0]).toEqual({
      type: 'message',
      kind: 'sms',
      address: '1 555-521-5554',
      contactName: null,
      direction: 'out',
      box: 'sent',
      time: 1383065788038,
      timeSent: null,
      body: 'Yo Fred this is my new number.',
      serviceCenter: null,
      read: true,
    });
    expect(records[2]).toMatchObject({ address: '15555215554', direction: 'in', time: 1383066341303, timeSent: 1383066340000, read: false, body: 'What message?' });
    expect(records[8]?.body).toBe('Guess the emulator was not happy with a long message');
    expect(records.every((r) => r.kind === 'sms' && r.blocked === undefined)).toBe(true);
  });

  it('leaves the evidence file unchanged', async () => {
    const before = statSync(PLASO).mtimeMs;
    await readMessages(androidMmssmsImporter, PLASO);
    expect(statSync(PLASO).mtimeMs).toBe(before);
  });

  it('reports progress in rows read', async () => {
    const seen: number[] = [];
    await readMessages(androidMmssmsImporter, PLASO, { onBytes: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(9);
  });
});

describe('androidMmssmsImporter on a generated Chinese database', () => {
  it('maps every SMS type to its box and direction, unknown types to an unknown incoming box', async () => {
    const records = await readMessages(androidMmssmsImporter, writeChinese());
    const sms = records.filter((r) => r.kind === 'sms');
    expect(sms.map((r) => [r.box, r.direction])).toEqual([
      ['inbox', 'in'],
      ['inbox', 'in'],
      ['sent', 'out'],
      ['draft', 'out'],
      ['outbox', 'out'],
      ['failed', 'out'],
      ['queued', 'out'],
      ['unknown', 'in'],
      ['inbox', 'in'],
      ['inbox', 'in'],
    ]);
  });

  it('keeps Chinese text, emoji and newlines exactly, and reads NULL bodies as empty', async () => {
    const sms = (await readMessages(androidMmssmsImporter, writeChinese())).filter((r) => r.kind === 'sms');
    expect(sms[0]).toMatchObject({ address: '95588', time: T0, timeSent: T0 - 2000, serviceCenter: '+8613800100500', read: true });
    expect(sms[0]?.body).toBe(CHINESE_SMS[0]?.body);
    expect(sms[1]).toMatchObject({ body: '【淘宝】验证码 482913，5分钟内有效😂，请勿告诉他人。', read: false, timeSent: null });
    expect(sms[2]?.body).toBe('晚上回来吃饭吗？\n记得带钥匙');
    expect(sms[8]?.body).toBe('');
  });

  it('takes the thread’s canonical addresses when an SMS has no address', async () => {
    const sms = (await readMessages(androidMmssmsImporter, writeChinese())).filter((r) => r.kind === 'sms');
    expect(sms[9]).toMatchObject({ address: '13800138000~13900139000', body: '群发通知：周六聚餐' });
  });

  it('reads MMS text parts in order, skipping SMIL and media, with the From address of an incoming one', async () => {
    const mms = (await readMessages(androidMmssmsImporter, writeChinese())).filter((r) => r.kind === 'mms');
    expect(mms[0]).toEqual({
      type: 'message',
      kind: 'mms',
      address: '10657500000',
      contactName: null,
      direction: 'in',
      box: 'inbox',
      time: (S0 + 100) * 1000,
      timeSent: (S0 + 95) * 1000,
      body: '【中国移动】手机报 第一页\n第二页 🌍',
      serviceCenter: null,
      read: false,
    });
  });

  it('addresses a sent group MMS to all its recipients and puts the subject first', async () => {
    const mms = (await readMessages(androidMmssmsImporter, writeChinese())).filter((r) => r.kind === 'mms');
    expect(mms[1]).toMatchObject({ direction: 'out', box: 'sent', address: '13800138000~13900139000', body: '周末聚餐\n周六晚上七点，老地方', timeSent: null });
  });

  it('skips delivery reports, falls back to the thread address, and reads ms or seconds dates', async () => {
    const mms = (await readMessages(androidMmssmsImporter, writeChinese())).filter((r) => r.kind === 'mms');
    expect(mms).toHaveLength(4);
    expect(mms[2]).toMatchObject({ address: '13500135000', body: '照片已收到', time: (S0 + 300) * 1000 });
    expect(mms[3]).toMatchObject({ address: '13600136000', box: 'unknown', direction: 'in', time: (S0 + 400) * 1000 });
  });

  it('yields Samsung spam_sms rows as blocked messages, without the columns that table lacks', async () => {
    const records = await readMessages(androidMmssmsImporter, writeChinese({ spam: SPAM }));
    const blocked = records.filter((r) => r.blocked === true);
    expect(blocked).toHaveLength(2);
    expect(blocked[0]).toMatchObject({ address: '17000000001', direction: 'in', box: 'inbox', timeSent: null, serviceCenter: null, body: SPAM[0]?.body });
    expect(records.filter((r) => r.blocked === undefined)).toHaveLength(14);
  });

  it('reads an older layout without date_sent, read, service_center or MMS tables', async () => {
    const path = scratch.path('minimal.db');
    writeMmssmsDb(path, { schema: 'minimal', sms: CHINESE_SMS.slice(0, 3) });
    expect(sniffAndroidMmssms(await tablesOf(path))).toBe(true);
    const records = await readMessages(androidMmssmsImporter, path);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ address: '95588', timeSent: null, read: null, serviceCenter: null, time: T0 });
  });

  it('yields batches of at most 500 and reports every row once', async () => {
    const path = scratch.path('many.db');
    const sms = Array.from({ length: 1234 }, (_, i): SmsRowInput => ({ address: `1069${i % 7}`, time: T0 + i, type: 1, body: `验证码 ${i}` }));
    writeMmssmsDb(path, { sms, mms: [{ date: S0, msgBox: 1, parts: [{ ct: 'text/plain', text: '彩信' }], addrs: [] }] });
    const progress: number[] = [];
    const batches = await readBatches(androidMmssmsImporter, path, { onBytes: (n) => progress.push(n) });
    expect(batches.every((b) => b.length > 0 && b.length <= 500)).toBe(true);
    expect(batches.flat()).toHaveLength(1235);
    expect(progress.at(-1)).toBe(1235);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe('androidMmssmsImporter on bad input', () => {
  function writeRaw(sql: string): string {
    const path = scratch.path('raw.db');
    const db = new Database(path);
    db.exec(sql);
    db.close();
    return path;
  }

  it('names the missing sms table', async () => {
    const err = await readError(androidMmssmsImporter, writeRaw('CREATE TABLE threads (_id INTEGER PRIMARY KEY, recipient_ids TEXT);'));
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/no table sms/);
  });

  it('names the table and the column when sms has the wrong columns', async () => {
    const err = await readError(
      androidMmssmsImporter,
      writeRaw("CREATE TABLE threads (_id INTEGER); CREATE TABLE sms (_id INTEGER, address TEXT, date INTEGER, text TEXT); INSERT INTO sms VALUES (1, '10086', 1, 'x');"),
    );
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/table sms has no column body/);
  });

  it('names the part table when it lacks its columns', async () => {
    const path = writeChinese();
    const db = new Database(path);
    db.exec('DROP TABLE part; CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, data BLOB);');
    db.close();
    const err = await readError(androidMmssmsImporter, path);
    expect(err.message).toMatch(/table part has no column ct, text/);
  });

  it('reports a message without a date with its table and row', async () => {
    const path = scratch.path('nodate.db');
    writeMmssmsDb(path, { sms: [CHINESE_SMS[0]!, { ...CHINESE_SMS[1]!, time: null as unknown as number }] });
    const err = await readError(androidMmssmsImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/table sms, row 2: the message has no valid date/);
  });

  it('reports a database without any message as an empty backup', async () => {
    const path = scratch.path('empty.db');
    writeMmssmsDb(path, { sms: [], mms: [{ date: S0, msgBox: 1, mType: 134, parts: [], addrs: [] }] });
    const err = await readError(androidMmssmsImporter, path);
    expect(err.code).toBe('EMPTY_BACKUP');
    expect(err.message).toMatch(/no messages in sms, pdu/);
  });

  function writeLarge(): string {
    const path = scratch.path('big.db');
    const sms = Array.from({ length: 3000 }, (_, i): SmsRowInput => ({ address: '95588', time: T0 + i, type: 1, body: `【工商银行】余额变动 ${i} `.repeat(4) }));
    writeMmssmsDb(path, { sms });
    return path;
  }

  it('reports a truncated database as malformed input', async () => {
    const cut = writeLarge();
    truncateSync(cut, Math.floor(statSync(cut).size * 0.6));
    const err = await readError(androidMmssmsImporter, cut);
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err.code).toBe('MALFORMED_INPUT');
  });

  it('names the table whose pages are damaged when the schema still opens', async () => {
    const path = writeLarge();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    for (let offset = Math.floor((size * 0.5) / 4096) * 4096; offset < size * 0.8; offset += 4096) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, offset);
    closeSync(fd);
    const err = await readError(androidMmssmsImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/table sms cannot be read/);
  });

  it('stops with CancelledError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readMessages(androidMmssmsImporter, writeChinese(), { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  });

  it('stops between batches when the signal is aborted during the read', async () => {
    const path = scratch.path('cancel.db');
    writeMmssmsDb(path, { sms: Array.from({ length: 3000 }, (_, i): SmsRowInput => ({ address: '10086', time: T0 + i, type: 1, body: `${i}` })) });
    const controller = new AbortController();
    let batches = 0;
    await expect(
      readBatches(androidMmssmsImporter, path, {
        signal: controller.signal,
        onBytes: () => {
          batches += 1;
          if (batches === 2) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(CancelledError);
  });

  it('is not picked for databases of other apps', () => {
    expect(sniffAndroidMmssms(new Set(['sms_tb']))).toBe(false);
    expect(sniffAndroidMmssms(new Set(['messages', 'parts', 'participants', 'conversations']))).toBe(false);
    expect(sniffAndroidMmssms(new Set(['sms']))).toBe(false);
  });
});
