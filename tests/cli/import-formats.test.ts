// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { writeMmssmsDb } from '../support/write-mmssms-db';
import { writeZip } from '../support/write-zip';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-formats-'));
  db = join(dir, 'cli.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GBK_CSV = ['号码,内容,时间,类型', '13900001111,"林晓峰先生，您的借款已逾期35天",2025-04-16 13:09:12,接收', '13900001111,我没有借过钱,2025-04-16 13:20:00,发送', ''].join('\r\n');

describe('leakline import across formats', { timeout: 60_000 }, () => {
  it('imports a GBK CSV with Chinese headers, reading local times in the zone given', () => {
    const csv = join(dir, '短信导出.csv');
    writeFileSync(csv, iconv.encode(GBK_CSV, 'gbk'));
    const r = runCli(['import', csv, '--json', '--tz', 'Asia/Shanghai', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).imported[0]).toMatchObject({ format: 'csv', messagesAdded: 2, firstTime: Date.UTC(2025, 3, 16, 5, 9, 12) });
    const found = JSON.parse(runCli(['search', '逾期', '--json', '--db', db]).stdout);
    expect(found.rows[0]).toMatchObject({ sender: '13900001111', direction: 'in' });
    expect(JSON.parse(runCli(['sources', '--json', '--db', db]).stdout)[0]).toMatchObject({ format: 'csv', timeZone: 'Asia/Shanghai' });
  });

  it('takes the column mapping from flags when the headers mean nothing to the inference', () => {
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, ['col_a,col_b,col_c', '95588,【工商银行】支出500.00元,1744780152', ''].join('\n'));
    const guessed = runCli(['import', csv, '--db', db]);
    expect(guessed.status).toBe(1);
    const mapped = runCli(['import', csv, '--json', '--csv-address', 'col_a', '--csv-body', 'col_b', '--csv-time', 'col_c', '--db', db]);
    expect(mapped.status, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout).imported[0]).toMatchObject({ messagesAdded: 1, firstTime: 1744780152000 });
    expect(runCli(['import', csv, '--csv-body', 'nope', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/no column "nope"/) });
  });

  it('imports a zip holding an Android database and says which entry each source is', () => {
    const inner = join(dir, 'mmssms.db');
    writeMmssmsDb(inner, { sms: [{ address: '+8613900001111', time: Date.UTC(2025, 3, 16), type: 1, body: '您的借款已逾期' }] });
    const zip = join(dir, 'phone.zip');
    return writeZip(zip, [{ name: 'data/mmssms.db', content: readFileSync(inner) }]).then(() => {
      const r = runCli(['import', zip, '--json', '--db', db]);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).imported[0]).toMatchObject({ format: 'android-mmssms', file: `${zip}!/data/mmssms.db`, messagesAdded: 1 });
    });
  });
});
