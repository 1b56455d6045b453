// SPDX-License-Identifier: MIT
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type DbKey } from '../../../src-main/core/db/open';
import { rekeyDatabase } from '../../../src-main/core/db/rekey';
import { LeaklineError } from '../../../src-main/core/errors';
import { importPath } from '../../../src-main/core/import/run-import';
import { analyseDatabase } from '../../../src-main/core/analysis/run-analysis';
import { parseProfileFile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { demoBackupPaths } from '../../../src-main/core/demo/demo-paths';
import { databaseContentHash } from '../../../src-main/core/report/content-hash';

const RESOURCES = resolve(__dirname, '../../../resources');
const OLD: DbKey = { kind: 'passphrase', text: "old pass 'phrase'" };
const NEW: DbKey = { kind: 'passphrase', text: 'new passphrase 新密码' };

/** Every row of every table (FTS shadow tables included), sorted: equal only if nothing changed. */
function everyRow(db: Database): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()]),
  );
}

/**
 * The database file, its WAL and rollback journal. Not the -shm: it is SQLite's shared-memory
 * index of the WAL, where every reader, a refused one too, records a read mark before page 1.
 */
function storedBytes(path: string): Record<string, string | null> {
  const digest = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null);
  return Object.fromEntries(['', '-wal', '-journal'].map((s) => [s || 'db', digest(path + s)]));
}

let dir: string;
let template: string;
let contentHash: string;
let rows: Record<string, string[]>;

/** A copy of the analysed demo database, closed, for one test to rekey. */
function freshCopy(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(template));
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-rekey-'));
  template = join(dir, 'template.db');
  const db = openDatabase(template, { key: OLD });
  for (const path of demoBackupPaths(RESOURCES)) await importPath(db, path);
  saveProfile(db, parseProfileFile(readFileSync(join(RESOURCES, 'demo', 'demo-profile.json'), 'utf8')));
  await analyseDatabase(db);
  contentHash = databaseContentHash(db);
  rows = everyRow(db);
  // One file, no WAL beside it, so that a byte copy is the whole database.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rekeyDatabase', { timeout: 60_000 }, () => {
  it('re-encrypts under the new passphrase: the old one is refused with a clear error, the new one shows identical content', () => {
    const path = freshCopy('rekeyed.db');
    const db = openDatabase(path, { key: OLD });
    rekeyDatabase(db, NEW!);
    // The connection stays usable, back in WAL mode.
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(databaseContentHash(db)).toBe(contentHash);
    db.close();

    let refused: unknown;
    try {
      openDatabase(path, { key: OLD });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(LeaklineError);
    expect(refused).toMatchObject({ code: 'DB_WRONG_KEY', message: expect.stringMatching(/wrong passphrase, or not a Leakline database/) });

    const reopened = openDatabase(path, { key: NEW });
    expect(databaseContentHash(reopened)).toBe(contentHash);
    expect(everyRow(reopened)).toEqual(rows);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    // The rollback journal of the rekey is gone with it.
    expect(existsSync(`${path}-journal`)).toBe(false);
  });

  it("rekeys from the app's raw key to another raw key", () => {
    const path = join(dir, 'raw.db');
    const first: DbKey = { kind: 'raw', bytes: randomBytes(32) };
    const second: DbKey = { kind: 'raw', bytes: randomBytes(32) };
    const db = openDatabase(path, { key: first });
    db.prepare("INSERT INTO profile (key, value) VALUES ('note', 'kept')").run();
    rekeyDatabase(db, second!);
    db.close();
    expect(() => openDatabase(path, { key: first })).toThrow(expect.objectContaining({ code: 'DB_WRONG_KEY' }));
    const reopened = openDatabase(path, { key: second });
    expect(reopened.prepare("SELECT value FROM profile WHERE key = 'note'").pluck().get()).toBe('kept');
    reopened.close();
  });

  it('encrypts an unencrypted database, leaving no plaintext in the file', () => {
    const path = join(dir, 'plain.db');
    const db = openDatabase(path, { key: null });
    db.prepare("INSERT INTO profile (key, value) VALUES ('note', ?)").run('林晓峰，您的借款已逾期35天'.repeat(50));
    rekeyDatabase(db, NEW!);
    db.close();
    expect(readFileSync(path).includes(Buffer.from('逾期35天'))).toBe(false);
    expect(() => openDatabase(path, { key: null })).toThrow(expect.objectContaining({ code: 'DB_WRONG_KEY', message: expect.stringMatching(/encrypted/) }));
    const reopened = openDatabase(path, { key: NEW });
    expect(reopened.prepare("SELECT value FROM profile WHERE key = 'note'").pluck().get()).toContain('逾期35天');
    reopened.close();
  });

  it('refuses while another connection has the database open, and the old passphrase still opens it', () => {
    const path = freshCopy('busy.db');
    const db = openDatabase(path, { key: OLD });
    const other = openDatabase(path, { key: OLD, migrate: false });
    other.prepare('SELECT count(*) FROM messages').get();
    expect(() => rekeyDatabase(db, NEW!)).toThrow(expect.objectContaining({ code: 'DB_ERROR', message: expect.stringMatching(/another connection has this database open/) }));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    other.close();
    db.close();
    const reopened = openDatabase(path, { key: OLD });
    expect(databaseContentHash(reopened)).toBe(contentHash);
    reopened.close();
  });

  it('refuses an empty new passphrase before touching the database', () => {
    const path = freshCopy('empty.db');
    const before = readFileSync(path);
    const db = openDatabase(path, { key: OLD });
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(() => rekeyDatabase(db, { kind: 'passphrase', text: '' })).toThrow(/passphrase is empty/);
    db.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('opening with a wrong passphrase', { timeout: 60_000 }, () => {
  it('fails with DB_WRONG_KEY and leaves the file and its live WAL byte-identical', () => {
    const path = freshCopy('wrong.db');
    // A writer keeps its connection open, so its last commit sits in the WAL, not yet in the file.
    const writer = openDatabase(path, { key: OLD });
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO profile (key, value) VALUES ('note', 'only in the WAL')").run();
    const before = storedBytes(path);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    for (const key of [NEW, { kind: 'raw', bytes: randomBytes(32) }, null] as DbKey[]) {
      expect(() => openDatabase(path, { key })).toThrow(expect.objectContaining({ code: 'DB_WRONG_KEY' }));
    }
    expect(storedBytes(path)).toEqual(before);
    expect(writer.prepare("SELECT value FROM profile WHERE key = 'note'").pluck().get()).toBe('only in the WAL');
    writer.close();
  });

  it('says the same of a file that is no database at all', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'shopping list: milk, eggs, bread, and a few more lines to pass one page'.repeat(100));
    const before = readFileSync(path);
    expect(() => openDatabase(path, { key: NEW })).toThrow(/wrong passphrase, or not a Leakline database/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
