// SPDX-License-Identifier: MIT
// The same SMS reaches Leakline from several backups of one phone: it must be stored once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPath } from '../../../src-main/core/import/run-import';
import { listMessages } from '../../../src-main/core/store/message-queries';
import { memoryDb } from '../../support/records';
import { writeMmssmsDb } from '../../support/write-mmssms-db';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-dedupe-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const COLLECTION = '林晓峰先生，您在速借宝的借款已逾期35天，请今日内处理';
const T = Date.UTC(2025, 3, 16, 5, 9, 12, 345);

describe('deduplication across formats', () => {
  it('stores an SMS from an SBR XML backup and from mmssms.db once, whatever the number prefix', async () => {
    const xml = join(dir, 'sms.xml');
    writeFileSync(
      xml,
      `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="1">\n` +
        `<sms protocol="0" address="+86 139 0000 1111" date="${T}" type="1" subject="null" body="${COLLECTION}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="" contact_name="(Unknown)" />\n</smses>\n`,
    );
    const db = join(dir, 'mmssms.db');
    writeMmssmsDb(db, { sms: [{ address: '13900001111', time: T - 345, type: 1, body: COLLECTION }] });
    const store = memoryDb();
    const [first] = await importPath(store, xml);
    const [second] = await importPath(store, db);
    expect(first).toMatchObject({ messagesAdded: 1 });
    expect(second).toMatchObject({ format: 'android-mmssms', messagesAdded: 0, duplicatesSkipped: 1 });
    expect(listMessages(store, {}, 0, 10).total).toBe(1);
  });
});
