// SPDX-License-Identifier: MIT
// "Forget this file": after removing a source, nothing that came from it is left, neither in any
// row that points at its messages or senders nor, once the file is vacuumed, in the file's bytes.
// The database is unencrypted here so that its bytes can be searched.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';
import { analyseDatabase } from '../../../src-main/core/analysis/run-analysis';
import { parseProfileFile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { setAnnotations } from '../../../src-main/core/annotations/set-annotations';
import { setLabels } from '../../../src-main/core/learning/labels-store';
import { updateLeakTimeline } from '../../../src-main/core/timeline/update-leak-timeline';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { purgeRemovedData } from '../../../src-main/core/store/purge-removed';
import { indexTokens } from '../../../src-main/core/search/bigram-tokens';

const DEMO = resolve(__dirname, '../../../resources/demo');
const SENDER = '+8617099887731';
// Words no demo message has: wherever they turn up, they came from this source.
const MARKERS = ['Zorblax', 'QX7731', 'zorblax-hk.top/r/Q7731'];
const BODIES = [
  '【Zorblax速贷】林晓峰先生（身份证尾号283X），您在Zorblax速贷的借款QX7731已逾期47天，欠款¥8,731.29，请点 zorblax-hk.top/r/Q7731 处理，否则联系您的父亲林建国。回电0755-86302217。',
  '【Zorblax速贷】林晓峰，合同QX7731将于明日移交法务，您的住址南京市鼓楼区中山路100号已登记，请立即还款。回电0755-86302217。',
  '【Zorblax速贷】林晓峰，QX7731最后通知：已联系您单位南京某某贸易有限公司核实，今日18点前处理。',
];
const REPLY = 'Zorblax的QX7731我下周一定还，请不要再打给我父母。';

let dir: string;
let db: Database;
let path: string;
let sourceId: number;
let removedMessages: number[];
let removedSenders: number[];

function sbrXml(): string {
  const sms = (body: string, time: number, type: 1 | 2) =>
    `  <sms protocol="0" address="${SENDER}" date="${time}" type="${type}" subject="null" body="${body}" read="1" status="-1" locked="0" date_sent="${time - 3000}" contact_name="(Unknown)" />`;
  const start = Date.UTC(2025, 5, 2, 2, 0, 0);
  const lines = [...BODIES.map((b, i) => sms(b, start + i * 86_400_000, 1)), sms(REPLY, start + 3 * 86_400_000, 2)];
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${lines.length}">\n${lines.join('\n')}\n</smses>\n`;
}

/** Every table with a column that holds message ids, by foreign key or by name (some have no key). */
function referencingColumns(target: 'messages' | 'senders', names: readonly string[]): { table: string; column: string }[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const found = new Map<string, { table: string; column: string }>();
  for (const table of tables) {
    if (table === target) continue;
    for (const fk of db.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[]) {
      if (fk.table === target) found.set(`${table}.${fk.from}`, { table, column: fk.from });
    }
    for (const col of db.pragma(`table_info("${table}")`) as { name: string }[]) {
      if (names.includes(col.name)) found.set(`${table}.${col.name}`, { table, column: col.name });
    }
  }
  return [...found.values()];
}

function leftovers(target: 'messages' | 'senders', names: readonly string[], ids: number[]): string[] {
  const json = JSON.stringify(ids);
  return referencingColumns(target, names).flatMap(({ table, column }) => {
    const n = db.prepare(`SELECT count(*) FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`).pluck().get(json) as number;
    return n > 0 ? [`${table}.${column}: ${n}`] : [];
  });
}

/** Every table row as text, to find a marker in any column of any table. */
function rowsContaining(marker: string): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  return tables.flatMap((t) =>
    (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][])
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('utf8') : v)))
      .filter((text) => text.includes(marker))
      .map((text) => `${t}: ${text.slice(0, 120)}`),
  );
}

/** The stored model's word counts (text features are lower-cased words and character pairs). */
function learnedModelData(): string {
  return (db.prepare('SELECT data FROM learned_model').pluck().get() as string | undefined) ?? '';
}

/** The search index's pages (not its averages and structure records, ids 1 and 10). */
function indexPages(of: Database): string[] {
  return of.prepare('SELECT hex(block) FROM messages_fts_data WHERE id > 10 ORDER BY id').pluck().all() as string[];
}

/** The pages of an index built afresh from the messages that remain, merged into one segment. */
function freshIndexPages(): string[] {
  const fresh = openDatabase(':memory:', { key: null });
  try {
    const insert = fresh.prepare('INSERT INTO messages_fts (rowid, tokens) VALUES (?, ?)');
    for (const [id, body] of db.prepare('SELECT id, body FROM messages ORDER BY id').raw().all() as [number, string][]) insert.run(id, indexTokens(body));
    fresh.exec("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')");
    return indexPages(fresh);
  } finally {
    fresh.close();
  }
}

function fileBytes(): Buffer {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return readFileSync(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-forget-'));
  path = join(dir, 'plain.db');
  db = openDatabase(path, { key: null });
  await importPath(db, join(DEMO, 'demo-sms.xml'));
  const extra = join(dir, 'zorblax.xml');
  writeFileSync(extra, sbrXml());
  sourceId = (await importPath(db, extra))[0]!.sourceId;
  saveProfile(db, parseProfileFile(readFileSync(join(DEMO, 'demo-profile.json'), 'utf8')));
  removedMessages = db.prepare('SELECT id FROM messages WHERE source_id = ? ORDER BY id').pluck().all(sourceId) as number[];
  removedSenders = db.prepare('SELECT DISTINCT sender_id FROM messages WHERE source_id = ?').pluck().all(sourceId) as number[];
  // The user's own marks on what came from the file: a star, a note, tags and a label the model learns from.
  setAnnotations(db, { messageIds: removedMessages }, { star: true, addTag: 'Zorblax催收', note: 'Zorblax 第一次提到 QX7731' });
  setAnnotations(db, { senderIds: removedSenders }, { star: true, addTag: 'Zorblax号码', note: 'Zorblax 的催收号码' });
  setLabels(db, { messageIds: removedMessages.slice(0, 2) }, 'debt_collection');
  // A label on a demo sender too, so that a model remains after the removal, trained on the rest.
  setLabels(db, { senderId: db.prepare("SELECT id FROM senders WHERE address LIKE '%17089254473'").pluck().get() as number }, 'debt_collection');
  await analyseDatabase(db);
  updateLeakTimeline(db);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('removing a source', { timeout: 60_000 }, () => {
  it('had derived rows, marks and file bytes to remove (so the checks below can fail)', () => {
    expect(removedMessages).toHaveLength(4);
    const before = leftovers('messages', ['message_id', 'first_message'], removedMessages).map((l) => l.split(':')[0]);
    expect(before).toEqual(
      expect.arrayContaining(
        ['analysis', 'analysis_evidence', 'pii_mentions', 'linkage_features', 'linkage_processed', 'exposure_facts', 'debt_facts', 'message_tags', 'message_marks', 'labels'].map((t) => `${t}.message_id`),
      ),
    );
    expect(before).toContain('exposures.first_message');
    expect(leftovers('senders', ['sender_id'], removedSenders).length).toBeGreaterThan(3);
    expect(learnedModelData()).toContain('"zorblax"');
    const bytes = fileBytes();
    for (const text of [...BODIES, REPLY, ...MARKERS]) expect(bytes.includes(Buffer.from(text)), text).toBe(true);
  });

  it('leaves no row in any table that points at its messages or senders', () => {
    expect(removeSource(db, sourceId).messagesRemoved).toBe(4);
    // What the app and the CLI run after every removal.
    updateLeakTimeline(db);
    expect(leftovers('messages', ['message_id', 'first_message'], removedMessages)).toEqual([]);
    expect(leftovers('senders', ['sender_id'], removedSenders)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM messages_fts WHERE rowid IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(removedMessages))).toBe(0);
    expect(db.prepare('SELECT count(*) FROM messages_fts').pluck().get()).toBe(db.prepare('SELECT count(*) FROM messages').pluck().get());
  });

  it('leaves none of its text in any column of any table: tags only it carried and a model trained on it go too', () => {
    for (const marker of MARKERS) expect(rowsContaining(marker), marker).toEqual([]);
    expect(learnedModelData()).toContain('"速借"');
    expect(learnedModelData()).not.toContain('"zorblax"');
  });

  it('keeps its search postings, marked deleted, until a purge merges the index', () => {
    expect(indexPages(db)).not.toEqual(freshIndexPages());
  });

  it('after a purge (index merged, VACUUM, WAL checkpointed), leaves none of its text in the database file and no WAL', () => {
    purgeRemovedData(db);
    // Byte for byte the index of the remaining messages alone: no posting of the removed ones is left.
    expect(indexPages(db)).toEqual(freshIndexPages());
    const bytes = readFileSync(path);
    for (const text of [...BODIES, REPLY, ...MARKERS]) expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
