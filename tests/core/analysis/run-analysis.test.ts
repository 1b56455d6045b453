// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type DbKey } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';
import { analyseDatabase } from '../../../src-main/core/analysis/run-analysis';
import { spawnTsAnalysisWorker } from '../../../src-main/core/jobs/spawn-ts-worker';
import { parseProfileFile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { setLabels } from '../../../src-main/core/learning/labels-store';
import { CancelledError } from '../../../src-main/core/errors';

const DEMO = resolve(__dirname, '../../../resources/demo');
const key: DbKey = { kind: 'passphrase', text: 'analysis test' };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-analysis-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function demoDb(name: string): Promise<{ db: Database; path: string }> {
  const path = join(dir, name);
  const db = openDatabase(path, { key });
  await importPath(db, join(DEMO, 'demo-sms.xml'));
  return { db, path };
}

const count = (db: Database, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
const categories = (db: Database) => db.prepare('SELECT category, count(*) AS n FROM analysis GROUP BY category ORDER BY category').all();

describe('analysing the database', { timeout: 120_000 }, () => {
  it('analyses every message once, and nothing on a second run', async () => {
    const { db } = await demoDb('a.db');
    const messages = count(db, 'SELECT count(*) FROM messages');
    const progress: number[] = [];
    const first = await analyseDatabase(db, { onProgress: ({ done }) => progress.push(done) });
    expect(first).toEqual({ analysed: messages, messages });
    expect(count(db, 'SELECT count(*) FROM analysis')).toBe(messages);
    expect(progress.at(-1)).toBe(messages);
    expect((await analyseDatabase(db)).analysed).toBe(0);
    db.close();
  });

  it('re-matches everything against a new profile and stores the mentions of its items', async () => {
    const { db } = await demoDb('b.db');
    await analyseDatabase(db);
    expect(count(db, 'SELECT count(*) FROM pii_mentions')).toBe(0);
    saveProfile(db, parseProfileFile(readFileSync(join(DEMO, 'demo-profile.json'), 'utf8')));
    const again = await analyseDatabase(db);
    expect(again.analysed).toBe(again.messages);
    expect(count(db, "SELECT count(*) FROM pii_mentions WHERE item_key = 'name'")).toBeGreaterThan(10);
    expect(count(db, "SELECT count(DISTINCT item_key) FROM pii_mentions")).toBeGreaterThanOrEqual(4);
    db.close();
  });

  it('gives the same results on a pool of worker threads as in one thread', async () => {
    const inline = await demoDb('inline.db');
    const pooled = await demoDb('pooled.db');
    await analyseDatabase(inline.db);
    const outcome = await analyseDatabase(pooled.db, {
      pool: { spawn: spawnTsAnalysisWorker, count: 2, dbPath: pooled.path, key },
      inlineBelow: 0,
    });
    expect(outcome.analysed).toBe(outcome.messages);
    expect(categories(pooled.db)).toEqual(categories(inline.db));
    expect(count(pooled.db, 'SELECT sum(risk) FROM analysis')).toBeCloseTo(count(inline.db, 'SELECT sum(risk) FROM analysis'), 6);
    inline.db.close();
    pooled.db.close();
  });

  it('stops when cancelled and finishes the rest on the next run', async () => {
    const { db } = await demoDb('c.db');
    const abort = new AbortController();
    await expect(
      analyseDatabase(db, { signal: abort.signal, onProgress: ({ done }) => done > 0 && abort.abort() }),
    ).rejects.toBeInstanceOf(CancelledError);
    const partial = count(db, 'SELECT count(*) FROM analysis');
    const messages = count(db, 'SELECT count(*) FROM messages');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(messages);
    expect((await analyseDatabase(db)).analysed).toBe(messages - partial);
    db.close();
  });

  it("keeps the user's category through re-analysis", async () => {
    const { db } = await demoDb('d.db');
    await analyseDatabase(db);
    const sender = count(db, "SELECT id FROM senders WHERE address = '95555'");
    setLabels(db, { senderId: sender }, 'other');
    await analyseDatabase(db);
    const rows = db.prepare('SELECT DISTINCT a.category, a.category_source FROM analysis a JOIN messages m ON m.id = a.message_id WHERE m.sender_id = ?').all(sender);
    expect(rows).toEqual([{ category: 'other', category_source: 'user' }]);
    db.close();
  });
});
