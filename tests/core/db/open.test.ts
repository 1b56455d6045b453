// SPDX-License-Identifier: MIT
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open';
import { SCHEMA_VERSION, schemaVersion } from '../../../src-main/core/db/migrate';

const SECRET_TEXT = '尊敬的林晓峰先生，您身份证尾号1234的借款已逾期35天';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function storeSecret(path: string, key: Parameters<typeof openDatabase>[1]['key']): void {
  const db = openDatabase(path, { key });
  db.prepare("INSERT INTO profile (key, value) VALUES ('note', ?)").run(SECRET_TEXT.repeat(50));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function everyFileBytes(folder: string): Buffer {
  return Buffer.concat(readdirSync(folder).map((f) => readFileSync(join(folder, f))));
}

describe('openDatabase', () => {
  it('creates a WAL database at the latest schema version', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-db-'));
    const db = openDatabase(join(dir, 'a.db'), { key: null });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps no plaintext message text in an encrypted database file (raw key)', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-db-'));
    storeSecret(join(dir, 'enc.db'), { kind: 'raw', bytes: randomBytes(32) });
    const bytes = everyFileBytes(dir);
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from('逾期35天'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
  });

  it('stores plaintext when no key is given (control for the test above)', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-db-'));
    storeSecret(join(dir, 'plain.db'), null);
    expect(everyFileBytes(dir).includes(Buffer.from('逾期35天'))).toBe(true);
  });

  it('reopens an encrypted database with its passphrase and refuses a wrong one without changing it', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-db-'));
    const path = join(dir, 'p.db');
    storeSecret(path, { kind: 'passphrase', text: "correct horse's battery" });
    const before = readFileSync(path);
    expect(() => openDatabase(path, { key: { kind: 'passphrase', text: 'wrong' } })).toThrow(/does not open this database/);
    expect(() => openDatabase(path, { key: null })).toThrow(/encrypted/);
    expect(readFileSync(path).equals(before)).toBe(true);
    const db = openDatabase(path, { key: { kind: 'passphrase', text: "correct horse's battery" } });
    expect((db.prepare("SELECT value FROM profile WHERE key = 'note'").get() as { value: string }).value).toContain(SECRET_TEXT);
    db.close();
  });

  it('rejects a raw key that is not 32 bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-db-'));
    expect(() => openDatabase(join(dir, 'k.db'), { key: { kind: 'raw', bytes: randomBytes(16) } })).toThrow(/32 bytes/);
  });
});
