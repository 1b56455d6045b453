// SPDX-License-Identifier: MIT
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/import/sbr-xml');
let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-'));
  db = join(dir, 'cli.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CHINESE_BACKUP = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3">
  <sms protocol="0" address="+86 139 0000 1111" date="1744780152000" type="1" subject="null" body="林晓峰先生，您在速借宝的借款已逾期35天，请今日内处理" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="1744780151000" readable_date="" contact_name="(Unknown)" />
  <sms protocol="0" address="95588" date="1744790152000" type="1" subject="null" body="【工商银行】您尾号8848的卡支出500.00元" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="" contact_name="工行" />
  <sms protocol="0" address="13900001111" date="1744800152000" type="2" subject="null" body="我没有借过钱，请不要再发了" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="" contact_name="(Unknown)" />
</smses>
`;

// Each case runs the real command several times (a Node start each), hence the longer timeout.
describe('leakline import / search / stats', { timeout: 60_000 }, () => {
  it('prints help for the program and for each command, exiting 0', () => {
    for (const args of [['--help'], ['import', '--help'], ['search', '--help'], ['stats', '--help'], ['demo', '--help']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: leakline/);
    }
  });

  it('imports a backup, then finds one- and two-character Chinese queries and reports stats', () => {
    const file = join(dir, 'backup.xml');
    writeFileSync(file, CHINESE_BACKUP);
    const imported = runCli(['import', file, '--json', '--db', db]);
    expect(imported.status, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary.imported[0]).toMatchObject({ format: 'sbr-xml', messagesAdded: 3, duplicatesSkipped: 0, sendersAdded: 2 });

    const again = JSON.parse(runCli(['import', file, '--json', '--db', db]).stdout);
    expect(again.imported[0]).toMatchObject({ messagesAdded: 0, duplicatesSkipped: 3 });

    const two = JSON.parse(runCli(['search', '逾期', '--json', '--db', db]).stdout);
    expect(two.total).toBe(1);
    expect(two.rows[0].sender).toBe('13900001111');
    expect(JSON.parse(runCli(['search', '钱', '--json', '--db', db]).stdout).total).toBe(1);
    expect(runCli(['search', '尾号8848', '--db', db]).stdout).toContain('95588');

    const stats = JSON.parse(runCli(['stats', '--json', '--db', db]).stdout);
    expect(stats).toMatchObject({ messages: 3, incoming: 2, outgoing: 1, senders: 2, sources: 2 });
  });

  it('prints a human summary with the time range', () => {
    const r = runCli(['import', resolve(FIXTURES, 'devadvance__sms_small.xml')], { LEAKLINE_DB: db });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/messages added: 12, duplicates skipped: 0/);
    expect(r.stdout).toMatch(/time range: 2017-/);
  });

  it('fails with one line naming the file and position for a malformed backup, and stores nothing', () => {
    const r = runCli(['import', resolve(FIXTURES, 'shruggietech__malformed.xml'), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^leakline: .*shruggietech__malformed\.xml.*line \d+/);
    expect(JSON.parse(runCli(['stats', '--json', '--db', db]).stdout)).toMatchObject({ messages: 0, sources: 0 });
  });

  it('fails clearly for a missing file and for a file of another format', () => {
    expect(runCli(['import', join(dir, 'nope.xml'), '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^leakline: .*nope\.xml.*no such file/) });
    const png = join(dir, 'photo.xml');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(runCli(['import', png, '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^leakline: .*photo\.xml/) });
  });

  it('rejects bad arguments with a one-line reason', () => {
    expect(runCli(['search', '逾期', '--limit', 'many', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^leakline: --limit/) });
    expect(runCli(['search', '逾期', '--from', '2025-02-30', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/not a real date/) });
    expect(runCli(['frobnicate']).status).not.toBe(0);
  });

  it('encrypts with a passphrase from the environment or a file, and refuses the wrong one', () => {
    const file = join(dir, 'backup.xml');
    writeFileSync(file, CHINESE_BACKUP);
    expect(runCli(['import', file, '--db', db], { LEAKLINE_PASSPHRASE: 's3cret 密码' }).status).toBe(0);
    expect(readFileSync(db).includes(Buffer.from('速借宝'))).toBe(false);
    const passFile = join(dir, 'pass.txt');
    writeFileSync(passFile, 's3cret 密码\n');
    expect(JSON.parse(runCli(['stats', '--json', '--db', db, '--passphrase-file', passFile]).stdout).messages).toBe(3);
    const wrong = runCli(['stats', '--db', db], { LEAKLINE_PASSPHRASE: 'guess' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^leakline: .*does not open this database/);
    expect(runCli(['stats', '--db', db]).stderr).toMatch(/encrypted/);
  });
});

describe('leakline demo', { timeout: 60_000 }, () => {
  it('loads the bundled demo data once; loading it again adds nothing', () => {
    const first = runCli(['demo', '--json', '--db', db]);
    expect(first.status, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.failed).toEqual([]);
    const added = out.imported.reduce((n: number, s: { messagesAdded: number }) => n + s.messagesAdded, 0);
    const calls = out.imported.reduce((n: number, s: { callsAdded: number }) => n + s.callsAdded, 0);
    expect(added).toBeGreaterThan(2000);
    expect(calls).toBeGreaterThan(100);
    const again = JSON.parse(runCli(['demo', '--json', '--db', db]).stdout);
    expect(again.imported.every((s: { messagesAdded: number; callsAdded: number }) => s.messagesAdded + s.callsAdded === 0)).toBe(true);
    expect(JSON.parse(runCli(['search', '速借宝', '--json', '--db', db]).stdout).total).toBeGreaterThan(10);
  });
});

describe('leakline sources', { timeout: 60_000 }, () => {
  it('lists imported files with their sha256 and removes one', () => {
    const small = resolve(FIXTURES, 'devadvance__sms_small.xml');
    expect(runCli(['import', small, resolve(FIXTURES, 'shruggietech__minimal_calls.xml'), '--db', db]).status).toBe(0);
    const listed = JSON.parse(runCli(['sources', '--json', '--db', db]).stdout);
    expect(listed).toHaveLength(2);
    const smsSource = listed.find((s: { file: string }) => s.file === small);
    expect(smsSource.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(runCli(['sources', '--db', db]).stdout).toContain(`sha256 ${smsSource.sha256}`);
    const removed = JSON.parse(runCli(['sources', 'remove', String(smsSource.sourceId), '--json', '--db', db]).stdout);
    expect(removed).toEqual({ messagesRemoved: 12, callsRemoved: 0 });
    expect(JSON.parse(runCli(['stats', '--json', '--db', db]).stdout)).toMatchObject({ messages: 0, calls: 1, sources: 1 });
    expect(runCli(['sources', 'remove', '999', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^leakline: no source with id 999/) });
  });

  it('rejects an unknown format or time zone before touching the database', () => {
    const small = resolve(FIXTURES, 'devadvance__sms_small.xml');
    expect(runCli(['import', small, '--format', 'palm-pilot', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/^leakline: unknown format palm-pilot/) });
    expect(runCli(['import', small, '--tz', 'Mars/Olympus', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/unknown time zone Mars\/Olympus/) });
    expect(runCli(['import', small, '--csv-body', 'x', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/apply to CSV/) });
    expect(JSON.parse(runCli(['stats', '--json', '--db', db]).stdout).messages).toBe(0);
  });

  it('imports with a forced format', () => {
    const r = runCli(['import', resolve(FIXTURES, 'devadvance__sms_small.xml'), '--format', 'sbr-xml', '--json', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).imported[0]).toMatchObject({ format: 'sbr-xml', messagesAdded: 12 });
    expect(runCli(['import', resolve(FIXTURES, 'devadvance__sms_small.xml'), '--format', 'csv', '--db', db]).status).toBe(1);
  });
});
