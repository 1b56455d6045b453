// SPDX-License-Identifier: MIT
// The Huawei/Honor backup importer on decrypted sms.db files written by the test with the
// backup's tables (sms_tb, pdu_tb, part_tb, addr_tb): Chinese SMS and MMS, and broken databases.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { huaweiSmsImporter, sniffHuaweiSms } from '../../../src-main/core/importers/huawei-sms';
import { writeHuaweiSmsDb } from '../../support/write-huawei-db';
import type { SmsRowInput } from '../../support/write-mmssms-db';
import { readError, readMessages, scratchDir, tablesOf } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2023, 10, 11, 4, 0);

const SMS: SmsRowInput[] = [
  { address: '95533', time: T0, timeSent: T0 - 800, type: 1, read: 1, body: '【建设银行】您尾号1234的账户11月11日12:00收入人民币5,000.00元。' },
  { address: '+8613800138000', time: T0 + 1000, type: 2, body: '收到，谢谢！' },
  { address: '1069055512345', time: T0 + 2000, type: 1, read: 0, body: null },
  { address: '10086', time: T0 + 3000, type: 9, body: '奇怪的类型' },
];

describe('huaweiSmsImporter', () => {
  function writeSms(): string {
    const path = scratch.path('sms.db');
    writeHuaweiSmsDb(path, SMS, [
      {
        date: Math.floor((T0 + 5000) / 1000),
        msgBox: 1,
        parts: [
          { ct: 'application/smil', text: '<smil/>' },
          { ct: 'text/plain', text: '新年快乐🧧' },
        ],
        addrs: [{ address: '13700137000', type: 137 }],
      },
    ]);
    return path;
  }

  it('recognises sms.db by its sms_tb table', async () => {
    expect(sniffHuaweiSms(await tablesOf(writeSms()))).toBe(true);
    expect(sniffHuaweiSms(new Set(['sms', 'threads']))).toBe(false);
  });

  it('reads sms_tb rows like telephony rows, without the columns the backup leaves out', async () => {
    const records = await readMessages(huaweiSmsImporter, writeSms());
    const sms = records.filter((r) => r.kind === 'sms');
    expect(sms).toHaveLength(4);
    expect(sms[0]).toEqual({
      type: 'message',
      kind: 'sms',
      address: '95533',
      contactName: null,
      direction: 'in',
      box: 'inbox',
      time: T0,
      timeSent: T0 - 800,
      body: SMS[0]?.body,
      serviceCenter: null,
      read: true,
    });
    expect(sms[1]).toMatchObject({ address: '+8613800138000', direction: 'out', box: 'sent' });
    expect(sms[2]).toMatchObject({ body: '', read: false });
    expect(sms[3]).toMatchObject({ box: 'unknown', direction: 'in' });
    expect(records.every((r) => r.blocked === undefined)).toBe(true);
  });

  it('reads MMS from pdu_tb, part_tb and addr_tb', async () => {
    const mms = (await readMessages(huaweiSmsImporter, writeSms())).filter((r) => r.kind === 'mms');
    expect(mms).toEqual([expect.objectContaining({ address: '13700137000', body: '新年快乐🧧', time: Math.floor((T0 + 5000) / 1000) * 1000 })]);
  });

  it('reads a backup without MMS tables', async () => {
    const path = scratch.path('sms-only.db');
    writeHuaweiSmsDb(path, SMS.slice(0, 2));
    expect(await readMessages(huaweiSmsImporter, path)).toHaveLength(2);
  });

  it('names sms_tb when it lacks a required column', async () => {
    const path = scratch.path('broken.db');
    const db = new Database(path);
    db.exec("CREATE TABLE sms_tb (group_id INTEGER PRIMARY KEY, address TEXT, body TEXT); INSERT INTO sms_tb VALUES (1, '10086', '话费余额');");
    db.close();
    const err = await readError(huaweiSmsImporter, path);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/table sms_tb has no column date/);
  });

  it('reports an empty sms_tb as an empty backup', async () => {
    const path = scratch.path('empty.db');
    writeHuaweiSmsDb(path, []);
    expect((await readError(huaweiSmsImporter, path)).code).toBe('EMPTY_BACKUP');
  });
});
