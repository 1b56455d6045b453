// SPDX-License-Identifier: MIT
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/open';
import { databaseContentHash } from '../../src-main/core/report/content-hash';
import { runCli } from '../support/run-cli';

let dir: string;
let db: string;
let newFile: string;
const OLD = 'old passphrase 旧';
const NEW = 'new passphrase 新';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const contentHash = (passphrase: string) => {
  const opened = openDatabase(db, { key: { kind: 'passphrase', text: passphrase } });
  try {
    return databaseContentHash(opened);
  } finally {
    opened.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-passphrase-'));
  db = join(dir, 'l.db');
  newFile = join(dir, 'new.txt');
  writeFileSync(newFile, `${NEW}\n`);
  expect(runCli(['demo', '--json', '--db', db], { LEAKLINE_PASSPHRASE: OLD }).status).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leakline passphrase change', { timeout: 60_000 }, () => {
  it('refuses a wrong current passphrase, the same passphrase and a missing database, changing nothing', () => {
    const before = sha(db);
    const wrong = runCli(['passphrase', 'change', '--new-passphrase-file', newFile, '--db', db], { LEAKLINE_PASSPHRASE: 'guess' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^leakline: .*wrong passphrase, or not a Leakline database/);
    const oldFile = join(dir, 'old.txt');
    writeFileSync(oldFile, OLD);
    expect(runCli(['passphrase', 'change', '--new-passphrase-file', oldFile, '--db', db], { LEAKLINE_PASSPHRASE: OLD }).stderr).toMatch(/the new passphrase is the current one/);
    const missing = join(dir, 'missing.db');
    expect(runCli(['passphrase', 'change', '--new-passphrase-file', newFile, '--db', missing], { LEAKLINE_PASSPHRASE: OLD }).stderr).toMatch(/no database at/);
    expect(existsSync(missing)).toBe(false);
    expect(sha(db)).toBe(before);
  });

  it('re-encrypts under the new passphrase: the old one is refused, the new one shows the same content', () => {
    const hash = contentHash(OLD);
    const stats = runCli(['stats', '--json', '--db', db], { LEAKLINE_PASSPHRASE: OLD }).stdout;
    const changed = runCli(['passphrase', 'change', '--new-passphrase-file', newFile, '--db', db], { LEAKLINE_PASSPHRASE: OLD });
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/^passphrase changed: .*l\.db now opens with the new passphrase only\n$/);
    const refused = runCli(['stats', '--db', db], { LEAKLINE_PASSPHRASE: OLD });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^leakline: .*l\.db: the key or passphrase does not open this database: wrong passphrase, or not a Leakline database\n$/);
    expect(runCli(['stats', '--json', '--db', db, '--passphrase-file', newFile]).stdout).toBe(stats);
    expect(contentHash(NEW)).toBe(hash);
    expect(existsSync(`${db}-journal`)).toBe(false);
  });
});
