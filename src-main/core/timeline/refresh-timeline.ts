// SPDX-License-Identifier: MIT
// Brings the timeline's precomputed tables up to date with the analysis. Triggers (migration
// 0007) list every message analysed since the last refresh and every sender that lost messages,
// so a refresh after an import reads only the new messages; the first one after the migration
// (or after a profile change, which re-analyses everything) reads all. Batches commit on their
// own, so an interrupted refresh keeps its progress. They begin IMMEDIATE: the app's main thread
// may refresh (a stale view) while a job's worker does; a deferred transaction that reads first
// cannot wait for the other writer when it comes to write, while BEGIN IMMEDIATE waits the busy timeout.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category, PiiFinding, SignalCode } from '../model/analysis';
import type { SenderKind } from '../model/sender';
import { debtFact, knownItems, mayBeDebt } from './message-facts';

export interface RefreshTimelineOutcome {
  /** Messages (re)read. */
  processed: number;
  /** Sender × item pairs recomputed. */
  pairs: number;
  /** Senders whose activity was recomputed. */
  senders: number;
}

type CompactSignal = [SignalCode, number | null, number | null];
type CompactFinding = [PiiFinding['type'], string, number, number, number];
type Row = [id: number, senderId: number, time: number, suspect: 0 | 1, direction: 'in' | 'out', kind: SenderKind, category: Category | null, signals: string | null, pii: string | null, body: string | null];

const BATCH = 5000;

const ROWS = `
  SELECT m.id, m.sender_id, m.time, m.time_suspect, m.direction, s.kind, a.category,
    CASE WHEN a.category IN ('debt_collection', 'contact_collection', 'notice', 'fraud') THEN e.signals END,
    CASE WHEN a.category IN ('debt_collection', 'contact_collection', 'notice', 'fraud') THEN e.pii END,
    CASE WHEN a.category IN ('debt_collection', 'contact_collection', 'notice', 'fraud') THEN m.body END
  FROM timeline_dirty_messages d
  JOIN messages m ON m.id = d.message_id
  JOIN senders s ON s.id = m.sender_id
  LEFT JOIN analysis a ON a.message_id = m.id
  LEFT JOIN analysis_evidence e ON e.message_id = m.id
  WHERE d.message_id BETWEEN ? AND ?`;

/** Whether anything waits to be read into the timeline (cheap: three index probes). */
export function timelineStale(db: Database): boolean {
  return (
    db.prepare('SELECT EXISTS (SELECT 1 FROM timeline_dirty_messages) OR EXISTS (SELECT 1 FROM timeline_dirty_pairs) OR EXISTS (SELECT 1 FROM timeline_dirty_senders)').pluck().get() === 1
  );
}

/** Refreshes first if anything waits: readers of the timeline tables call this to never read stale rows. */
export function ensureTimelineFresh(db: Database): void {
  if (timelineStale(db)) refreshTimeline(db);
}

export function refreshTimeline(db: Database, options: { signal?: AbortSignal; batchSize?: number } = {}): RefreshTimelineOutcome {
  const batch = options.batchSize ?? BATCH;
  const nextIds = db.prepare('SELECT message_id FROM timeline_dirty_messages ORDER BY message_id LIMIT ?').pluck();
  const rows = db.prepare(ROWS).raw();
  const mentions = db
    .prepare('SELECT message_id, item_key, score FROM pii_mentions WHERE message_id IN (SELECT message_id FROM timeline_dirty_messages WHERE message_id BETWEEN ? AND ?) AND item_key IS NOT NULL')
    .raw();
  const clearFacts = db.prepare('DELETE FROM exposure_facts WHERE message_id = ?');
  const clearDebt = db.prepare('DELETE FROM debt_facts WHERE message_id = ?');
  const addFact = db.prepare('INSERT OR IGNORE INTO exposure_facts (message_id, item, sender_id, time) VALUES (?, ?, ?, ?)');
  const addDebt = db.prepare('INSERT OR REPLACE INTO debt_facts (message_id, sender_id, time, category, platforms, signature, amount_cents, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const dirtySender = db.prepare('INSERT OR IGNORE INTO timeline_dirty_senders (sender_id) VALUES (?)');
  const done = db.prepare('DELETE FROM timeline_dirty_messages WHERE message_id BETWEEN ? AND ?');

  const readBatch = db.transaction((from: number, to: number) => {
    const byMessage = new Map<number, { itemKey: string; score: number }[]>();
    for (const [id, itemKey, score] of mentions.all(from, to) as [number, string, number][]) {
      const list = byMessage.get(id) ?? [];
      list.push({ itemKey, score });
      byMessage.set(id, list);
    }
    for (const row of rows.all(from, to) as Row[]) {
      const [id, senderId, time, suspect, direction, kind, category] = row;
      clearFacts.run(id);
      clearDebt.run(id);
      dirtySender.run(senderId);
      // What THEY know: only received messages, and only those with a date that can be placed.
      if (direction !== 'in' || suspect === 1 || category === null) continue;
      const found = byMessage.get(id) ?? [];
      // Family and friends calling the user by name is no leak; what strangers show is.
      if (category !== 'personal') for (const item of knownItems(found)) addFact.run(id, item, senderId, time);
      if (!mayBeDebt(category)) continue;
      const fact = debtFact({
        category,
        signals: (JSON.parse(row[7] ?? '[]') as CompactSignal[]).map((s) => s[0]),
        findings: (JSON.parse(row[8] ?? '[]') as CompactFinding[]).map(([type, value, start, end, score]) => ({ type, value, start, end, score })),
        mentions: found,
        body: row[9] ?? '',
        senderKind: kind,
      });
      if (fact) addDebt.run(id, senderId, time, category, JSON.stringify(fact.platforms), fact.signature, fact.amountCents, fact.stage);
    }
    done.run(from, to);
  });

  let processed = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const ids = nextIds.all(batch) as number[];
    if (ids.length === 0) break;
    readBatch.immediate(ids[0]!, ids[ids.length - 1]!);
    processed += ids.length;
  }
  const pairs = db.transaction(() => recomputePairs(db)).immediate();
  const senders = db.transaction(() => recomputeSenders(db)).immediate();
  return { processed, pairs, senders };
}

function recomputePairs(db: Database): number {
  const pairs = db.prepare('SELECT sender_id, item FROM timeline_dirty_pairs').raw().all() as [number, string][];
  const first = db.prepare('SELECT time, message_id FROM exposure_facts WHERE sender_id = ? AND item = ? ORDER BY time, message_id LIMIT 1').raw();
  const count = db.prepare('SELECT count(*) FROM exposure_facts WHERE sender_id = ? AND item = ?').pluck();
  const put = db.prepare('INSERT OR REPLACE INTO exposures (sender_id, item, first_time, first_message, mentions) VALUES (?, ?, ?, ?, ?)');
  const drop = db.prepare('DELETE FROM exposures WHERE sender_id = ? AND item = ?');
  for (const [senderId, item] of pairs) {
    const row = first.get(senderId, item) as [number, number] | undefined;
    if (row) put.run(senderId, item, row[0], row[1], count.get(senderId, item));
    else drop.run(senderId, item);
  }
  db.exec('DELETE FROM timeline_dirty_pairs');
  return pairs.length;
}

const ACTIVITY = `
  SELECT count(*), min(CASE WHEN m.time_suspect = 0 THEN m.time END), max(CASE WHEN m.time_suspect = 0 THEN m.time END)
  FROM messages m WHERE m.sender_id = ?`;
const CATEGORIES = `
  SELECT a.category, count(*), max(a.risk) FROM messages m JOIN analysis a ON a.message_id = m.id
  WHERE m.sender_id = ? AND m.direction = 'in' GROUP BY a.category`;

function recomputeSenders(db: Database): number {
  const senders = db.prepare('SELECT sender_id FROM timeline_dirty_senders').pluck().all() as number[];
  const activity = db.prepare(ACTIVITY).raw();
  const categories = db.prepare(CATEGORIES).raw();
  const put = db.prepare('INSERT OR REPLACE INTO sender_activity (sender_id, first_seen, last_seen, messages, risk, categories) VALUES (?, ?, ?, ?, ?, ?)');
  const drop = db.prepare('DELETE FROM sender_activity WHERE sender_id = ?');
  for (const senderId of senders) {
    const [messages, firstSeen, lastSeen] = activity.get(senderId) as [number, number | null, number | null];
    if (messages === 0) {
      drop.run(senderId);
      continue;
    }
    const counts: Record<string, number> = {};
    let risk = 0;
    for (const [category, n, maxRisk] of categories.all(senderId) as [string, number, number][]) {
      counts[category] = n;
      risk = Math.max(risk, maxRisk);
    }
    put.run(senderId, firstSeen, lastSeen, messages, risk, JSON.stringify(counts));
  }
  db.exec('DELETE FROM timeline_dirty_senders');
  return senders.length;
}
