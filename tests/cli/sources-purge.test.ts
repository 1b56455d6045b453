// SPDX-License-Identifier: MIT
// `leakline sources remove --purge`: the removed file's messages leave the database file's bytes
// (and the WAL) as well as its tables. Unencrypted, so that the bytes can be searched.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const DEMO = resolve(__dirname, '../../resources/demo/demo-sms.xml');
const SECRET = '【Zorblax速贷】林晓峰，合同QX7731将于明日移交法务，请立即还款。';
let dir: string;
let db: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-purge-'));
  db = join(dir, 'plain.db');
  writeFileSync(
    join(dir, 'secret.xml'),
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="1">\n  <sms protocol="0" address="+8617099887731" date="1748829600000" type="1" body="${SECRET}" read="1" />\n</smses>\n`,
  );
  expect(runCli(['import', DEMO, join(dir, 'secret.xml'), '--db', db]).status).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const secretSource = (): number =>
  (JSON.parse(runCli(['sources', '--json', '--db', db]).stdout) as { sourceId: number; file: string }[]).find((s) => s.file.endsWith('secret.xml'))!.sourceId;

describe('leakline sources remove --purge', { timeout: 60_000 }, () => {
  it("removes the file's messages from the database file's bytes, and leaves no WAL", () => {
    expect(readFileSync(db).includes(Buffer.from(SECRET))).toBe(true);
    const r = runCli(['sources', 'remove', String(secretSource()), '--purge', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^removed source #2: 1 messages and 0 calls that no other source carried\npurged: /);
    expect(readFileSync(db).includes(Buffer.from('QX7731'))).toBe(false);
    expect(existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0).toBe(0);
    expect(JSON.parse(runCli(['stats', '--json', '--db', db]).stdout)).toMatchObject({ messages: 3087, sources: 1 });
  });
});
