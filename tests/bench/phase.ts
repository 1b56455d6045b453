// SPDX-License-Identifier: MIT
// One benchmark phase per process, so each phase's peak memory (maxRSS) is its own.
// Usage: node --import tsx tests/bench/phase.ts <import|baseline|search|analyze|timeline> <db> <keyHex> [xml] [count]
import { openDatabase } from '../../src-main/core/db/open';
import { importPath } from '../../src-main/core/import/run-import';
import { messageDedupeKey } from '../../src-main/core/import/dedupe-key';
import { normalizeAddress } from '../../src-main/core/senders/normalize-address';
import { indexTokens } from '../../src-main/core/search/bigram-tokens';
import { listMessages } from '../../src-main/core/store/message-queries';
import { firstIdAt } from '../../src-main/core/store/message-id';
import { syntheticSms } from './synthetic-sms';
import { runAnalysisPhase } from './analysis-phase';
import { runTimelinePhase } from './timeline-phase';
import { dirname } from 'node:path';

const [phase, dbPath, keyHex, xmlPath, countText] = process.argv.slice(2);
const key = { kind: 'raw' as const, bytes: Buffer.from(keyHex!, 'hex') };
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function runImport() {
  const db = openDatabase(dbPath!, { key });
  const t0 = performance.now();
  const [summary] = await importPath(db, xmlPath!);
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return { seconds, messages: summary!.messagesAdded, duplicates: summary!.duplicatesSkipped, maxRssMb: maxRssMb() };
}

/** Plain inserts of the same rows into the same schema, everything derivable computed beforehand. */
function runBaseline() {
  const db = openDatabase(dbPath!, { key });
  const lastInSecond = new Map<number, number>();
  const rows = [...syntheticSms(Number(countText))].map((m) => {
    // The same time-ordered ids the importer assigns (store/message-id.ts).
    const first = firstIdAt(m.time);
    const id = (lastInSecond.get(first) ?? first - 1) + 1;
    lastInSecond.set(first, id);
    const { address, kind } = normalizeAddress(m.address);
    const direction = m.type === 1 ? 'in' : 'out';
    return { id, address, kind, raw: m.address, direction, box: m.type === 1 ? 'inbox' : 'sent', time: m.time, sent: m.time - 1000, body: m.body, key: messageDedupeKey(address, direction, m.time, m.body), tokens: indexTokens(m.body) };
  });
  const t0 = performance.now();
  db.exec('BEGIN');
  const source = Number(db.prepare("INSERT INTO sources (path, file_name, size, sha256, format, imported_at) VALUES ('x', 'x', 0, '', 'sbr-xml', 0)").run().lastInsertRowid);
  const senderIds = new Map<string, number>();
  const insertSender = db.prepare('INSERT INTO senders (address, raw, kind) VALUES (?, ?, ?)');
  const insertMessage = db.prepare(
    `INSERT INTO messages (id, source_id, sender_id, sender_raw, kind, direction, box, time, time_sent, time_suspect, body, service_center, read, dedupe_key)
     VALUES (?, ?, ?, ?, 'sms', ?, ?, ?, ?, 0, ?, NULL, 1, ?)`,
  );
  const insertTokens = db.prepare('INSERT INTO messages_fts (rowid, tokens) VALUES (?, ?)');
  for (const r of rows) {
    let sid = senderIds.get(r.address);
    if (sid === undefined) {
      sid = Number(insertSender.run(r.address, r.raw, r.kind).lastInsertRowid);
      senderIds.set(r.address, sid);
    }
    insertMessage.run(r.id, source, sid, r.raw, r.direction, r.box, r.time, r.sent, r.body, r.key);
    insertTokens.run(r.id, r.tokens);
  }
  db.exec('COMMIT');
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return { seconds, messages: rows.length };
}

const QUERIES = {
  '1 char': ['贷', '银', '码', '期', '妈'],
  '2 chars': ['逾期', '银行', '快递', '验证', '退订'],
  '3+ chars': ['验证码', '已逾期', '紧急联系人', '上报征信', '取件码'],
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function runSearch() {
  const db = openDatabase(dbPath!, { key });
  const out: Record<string, { p50: number; p95: number; hits: number }> = {};
  for (const [label, queries] of Object.entries(QUERIES)) {
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < 6; round++) {
      for (const query of queries) {
        const t0 = performance.now();
        const r = listMessages(db, { query }, 0, 100);
        times.push(performance.now() - t0);
        hits = Math.max(hits, r.total);
      }
    }
    times.sort((a, b) => a - b);
    out[label] = { p50: percentile(times, 50), p95: percentile(times, 95), hits };
  }
  // Browsing without a search: the first page, a page in the middle, and one sender's messages.
  const total = listMessages(db, {}, 0, 1).total;
  const browse: [string, () => unknown][] = [
    ['list: first page', () => listMessages(db, {}, 0, 100)],
    ['list: middle page', () => listMessages(db, {}, Math.floor(total / 2), 100)],
    ['list: one sender', () => listMessages(db, { senderId: 1 }, 0, 100)],
  ];
  for (const [label, run] of browse) {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[label] = { p50: percentile(times, 50), p95: percentile(times, 95), hits: total };
  }
  db.close();
  return out;
}

async function runAnalysis() {
  const db = openDatabase(dbPath!, { key });
  try {
    return { ...(await runAnalysisPhase(db, dbPath!, key)), maxRssMb: maxRssMb() };
  } finally {
    db.close();
  }
}

async function runTimeline() {
  const db = openDatabase(dbPath!, { key });
  try {
    return { ...(await runTimelinePhase(db, dbPath!, key, dirname(dbPath!))), maxRssMb: maxRssMb() };
  } finally {
    db.close();
  }
}

const PHASES: Record<string, () => unknown> = { import: runImport, baseline: runBaseline, analyze: runAnalysis, timeline: runTimeline, search: runSearch };
const run = PHASES[phase!];
if (!run) throw new Error(`unknown phase ${phase}: one of ${Object.keys(PHASES).join(', ')}`);
const result = await run();
process.stdout.write(`${JSON.stringify(result)}\n`);
