// SPDX-License-Identifier: MIT
// The Huawei/Honor harassment.db importer on files written by the test with the tables of the
// phone's interception provider, on another plausible layout, and on databases without messages.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { huaweiHarassmentImporter, sniffHuaweiHarassment } from '../../../src-main/core/importers/huawei-harassment';
import { writeHuaweiHarassmentDb, type BlockedMessageInput } from '../../support/write-huawei-db';
import { readError, readMessages, scratchDir, tablesOf } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2023, 10, 11, 4, 0);

const BLOCKED: BlockedMessageInput[] = [
  { phone: '17100001111', name: null, body: '【闪电花】您有一笔5万元额度待领取，点击 http://t.cn/xx 领取，回T退订', date: T0 + 10_000, blockReason: 1 },
  { phone: '95000000', name: '推销', body: '尊敬的客户，您的积分即将清零，请尽快兑换', date: T0 + 11_000 },
  { phone: '13511112222', body: null, date: T0 + 12_000, pdu: Buffer.from([0x8c, 0x82, 0x98, 0x31]) },
];

describe('huaweiHarassmentImporter', () => {
  function writeHarassment(): string {
    const path = scratch.path('harassment.db');
    writeHuaweiHarassmentDb(path, BLOCKED, [{ phone: '17100001111', date: T0 }]);
    return path;
  }

  it('recognises harassment.db by its interception tables, and no other format', async () => {
    expect(sniffHuaweiHarassment(await tablesOf(writeHarassment()))).toBe(true);
    expect(sniffHuaweiHarassment(new Set(['sms', 'threads', 'intercept_log']))).toBe(false);
    expect(sniffHuaweiHarassment(new Set(['contacts']))).toBe(false);
    expect(sniffHuaweiHarassment(new Set(['request_interceptors', 'interception_calls']))).toBe(false);
    expect(sniffHuaweiHarassment(new Set(['harassment_sms']))).toBe(true);
  });

  it('yields every blocked message as incoming and blocked, and no calls', async () => {
    const records = await readMessages(huaweiHarassmentImporter, writeHarassment());
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual({
      type: 'message',
      kind: 'sms',
      address: '17100001111',
      contactName: null,
      direction: 'in',
      box: 'inbox',
      time: T0 + 10_000,
      timeSent: null,
      body: BLOCKED[0]?.body,
      serviceCenter: null,
      read: null,
      blocked: true,
    });
    expect(records[1]).toMatchObject({ contactName: '推销', body: '尊敬的客户，您的积分即将清零，请尽快兑换' });
  });

  it('keeps a blocked MMS held only as a raw PDU as an MMS without text', async () => {
    const records = await readMessages(huaweiHarassmentImporter, writeHarassment());
    expect(records[2]).toMatchObject({ kind: 'mms', address: '13511112222', body: '', blocked: true });
  });

  it('reads another interception table layout with seconds dates', async () => {
    const path = scratch.path('harassment-alt.db');
    const db = new Database(path);
    db.exec(
      'CREATE TABLE harassment_sms (_id INTEGER PRIMARY KEY, address TEXT, content TEXT, time INTEGER);' +
        `INSERT INTO harassment_sms VALUES (1, '1065512345', '【某贷】额度已到账', ${Math.floor(T0 / 1000)});`,
    );
    db.close();
    expect(await readMessages(huaweiHarassmentImporter, path)).toEqual([
      expect.objectContaining({ address: '1065512345', body: '【某贷】额度已到账', time: Math.floor(T0 / 1000) * 1000, blocked: true }),
    ]);
  });

  it('lists the interception tables when none holds messages', async () => {
    const path = scratch.path('calls-only.db');
    const db = new Database(path);
    db.exec('CREATE TABLE interception_calls (_id INTEGER PRIMARY KEY, phone TEXT, date INTEGER); CREATE TABLE interception_blacklist (_id INTEGER, phone TEXT);');
    db.close();
    const err = await readError(huaweiHarassmentImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/interception tables found: interception_blacklist, interception_calls/);
  });

  it('reports a blocked message without a date with its table and row', async () => {
    const path = scratch.path('nodate.db');
    writeHuaweiHarassmentDb(path, [BLOCKED[0]!, { phone: '10000', body: '无日期', date: null }]);
    const err = await readError(huaweiHarassmentImporter, path);
    expect(err.message).toMatch(/table interception_messages, row 2: the message has no valid date/);
  });

  it('reports a harassment.db with nothing blocked as an empty backup', async () => {
    const path = scratch.path('none.db');
    writeHuaweiHarassmentDb(path, []);
    expect((await readError(huaweiHarassmentImporter, path)).code).toBe('EMPTY_BACKUP');
  });
});
