// SPDX-License-Identifier: MIT
// Evidence databases are read from private copies: the copy includes what only the -wal holds, and
// nothing appears or changes beside the original.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempCopy, openReadOnly, withTempCopy } from '../../../src-main/core/importers/sqlite-temp-copy';
import { scratchDir } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * A database as pulled from a phone mid-use: WAL mode, with committed rows that live only in the
 * -wal because no checkpoint ran. Copied aside while the writer is still open, as a forensic tool would.
 */
function evidenceWithWal(): string {
  const live = scratch.path('live.db');
  const writer = new Database(live);
  writer.pragma('journal_mode = WAL');
  writer.exec("CREATE TABLE message (text TEXT); INSERT INTO message VALUES ('检查点之前')");
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec("INSERT INTO message VALUES ('只在WAL里')");
  const evidence = join(scratch.dir, `evidence-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(evidence);
  copyFileSync(live, join(evidence, 'sms.db'));
  copyFileSync(`${live}-wal`, join(evidence, 'sms.db-wal'));
  writer.close();
  return join(evidence, 'sms.db');
}

describe('withTempCopy', () => {
  it('reads rows that are only in the -wal, and leaves the evidence folder and bytes untouched', async () => {
    const file = evidenceWithWal();
    const before = { db: sha256(file), wal: sha256(`${file}-wal`) };
    const texts = await withTempCopy(file, (copy) => {
      const db = openReadOnly(copy);
      try {
        return (db.prepare('SELECT text FROM message').all() as { text: string }[]).map((r) => r.text);
      } finally {
        db.close();
      }
    });
    expect(texts).toEqual(['检查点之前', '只在WAL里']);
    expect(readdirSync(dirname(file)).sort()).toEqual(['sms.db', 'sms.db-wal']);
    expect({ db: sha256(file), wal: sha256(`${file}-wal`) }).toEqual(before);
  });

  it('creates no -shm or -wal beside a WAL-mode original that has none', async () => {
    const file = evidenceWithWal();
    rmSync(`${file}-wal`);
    await withTempCopy(file, (copy) => {
      const db = openReadOnly(copy);
      try {
        db.prepare('SELECT count(*) FROM message').get();
      } finally {
        db.close();
      }
    });
    expect(readdirSync(dirname(file))).toEqual(['sms.db']);
  });

  it('is needed: opening the original in place, even read-only, writes beside it', () => {
    const file = evidenceWithWal();
    const db = new Database(file, { readonly: true });
    db.prepare('SELECT count(*) FROM message').get();
    expect(readdirSync(dirname(file))).toContain('sms.db-shm');
    db.close();
  });

  it('works in a private folder under the system temp dir and removes it afterwards', async () => {
    const file = evidenceWithWal();
    let seen = '';
    await withTempCopy(file, (copy) => {
      seen = dirname(copy);
      expect(seen.startsWith(join(tmpdir(), 'leakline-'))).toBe(true);
      expect(statSync(seen).mode & 0o777).toBe(0o700);
      expect(statSync(copy).mode & 0o777).toBe(0o600);
      expect(existsSync(`${copy}-wal`)).toBe(true);
    });
    expect(existsSync(seen)).toBe(false);
  });

  it('removes the copy when the work fails', async () => {
    const file = evidenceWithWal();
    let seen = '';
    await expect(
      withTempCopy(file, (copy) => {
        seen = dirname(copy);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });

  it('fails for a missing file', async () => {
    await expect(createTempCopy(join(scratch.dir, 'missing.db'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets dispose run twice', async () => {
    const copy = await createTempCopy(evidenceWithWal());
    await copy.dispose();
    await copy.dispose();
    expect(existsSync(copy.path)).toBe(false);
  });
});
