// SPDX-License-Identifier: MIT
// Keeps the linkage up to date: reads the features of every incoming message not read yet (or
// re-analysed since), in batches that each commit on their own so that a cancelled run keeps its
// progress, then recomputes and stores the clusters if anything changed. Messages without an
// analysis are read with the same detector the analysis runs, and read again once analysed.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { STALE_BASIS } from '../analysis/analysis-basis';
import { CancelledError } from '../errors';
import type { PiiFinding } from '../model/analysis';
import { detectPii } from '../pii/detect-pii';
import { computeSenderClusters } from './cluster-senders';
import { storeClusters } from './cluster-store';
import { extractLinkFeatures } from './message-features';

export interface LinkageProgress {
  done: number;
  total: number;
}

export interface RefreshLinkageOptions {
  signal?: AbortSignal;
  onProgress?: (p: LinkageProgress) => void;
  /** Messages per transaction. */
  batchSize?: number;
}

export interface RefreshLinkageOutcome {
  /** Messages whose features were (re)read. */
  processed: number;
  /** Whether the clusters were recomputed. */
  clustered: boolean;
}

type CompactFinding = [PiiFinding['type'], string, number, number, number];
type PendingRow = [id: number, senderId: number | null, address: string, body: string, basis: number | null, category: string | null, pii: string | null, spans: string | null, readBefore: 0 | 1];

// Conversations with people are not an operation's tools: a friend who names the platform he
// borrowed from is not one of its collectors.
const SKIPPED_CATEGORIES = new Set(['personal']);

// Rows of linkage_dirty (migration 0010): new incoming messages and re-analysed ones. A dirty
// message removed since has no row in messages and is only dropped from the list.
const PENDING_ROWS = `
  SELECT d.message_id, m.sender_id, s.address, m.body, a.basis, a.category, e.pii,
    (SELECT group_concat(pm.start || ':' || pm."end") FROM pii_mentions pm WHERE pm.message_id = m.id AND pm.item_key IS NOT NULL),
    p.message_id IS NOT NULL
  FROM linkage_dirty d
  LEFT JOIN messages m ON m.id = d.message_id
  LEFT JOIN senders s ON s.id = m.sender_id
  LEFT JOIN analysis a ON a.message_id = m.id
  LEFT JOIN analysis_evidence e ON e.message_id = m.id
  LEFT JOIN linkage_processed p ON p.message_id = m.id
  WHERE d.message_id > ? ORDER BY d.message_id LIMIT ?`;

function findingsOf(row: PendingRow): PiiFinding[] {
  if (row[6] === null) return detectPii(row[3]);
  return (JSON.parse(row[6]) as CompactFinding[]).map(([type, value, start, end, score]) => ({ type, value, start, end, score }));
}

function spansOf(text: string | null): { start: number; end: number }[] | undefined {
  if (!text) return undefined;
  return text.split(',').map((pair) => {
    const [start, end] = pair.split(':');
    return { start: Number(start), end: Number(end) };
  });
}

/** Reads the features of new and re-analysed messages and stores fresh clusters if anything changed. */
export function refreshLinkage(db: Database, options: RefreshLinkageOptions = {}): RefreshLinkageOutcome {
  const batchSize = options.batchSize ?? 5000;
  const total = db.prepare('SELECT count(*) FROM linkage_dirty').pluck().get() as number;
  const select = db.prepare(PENDING_ROWS).raw();
  const clear = db.prepare('DELETE FROM linkage_features WHERE message_id = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO linkage_features (message_id, kind, value, sender_id) VALUES (?, ?, ?, ?)');
  const mark = db.prepare('INSERT OR REPLACE INTO linkage_processed (message_id, basis) VALUES (?, ?)');
  const clean = db.prepare('DELETE FROM linkage_dirty WHERE message_id BETWEEN ? AND ?');

  const writeBatch = db.transaction((rows: PendingRow[]) => {
    for (const row of rows) {
      const [id, senderId, address, body, basis, category] = row;
      // Removed since it was listed: its features went with it.
      if (senderId === null) continue;
      if (row[8]) clear.run(id);
      if (!category || !SKIPPED_CATEGORIES.has(category)) {
        for (const f of extractLinkFeatures({ text: body, sender: address, findings: findingsOf(row), profileSpans: spansOf(row[7]) })) {
          insert.run(id, f.kind, f.value, senderId);
        }
      }
      mark.run(id, basis ?? STALE_BASIS);
    }
    clean.run(rows[0]![0], rows[rows.length - 1]![0]);
  });

  let processed = 0;
  let after = 0;
  options.onProgress?.({ done: 0, total });
  for (;;) {
    if (options.signal?.aborted) throw new CancelledError();
    const rows = select.all(after, batchSize) as PendingRow[];
    if (rows.length === 0) break;
    writeBatch.immediate(rows);
    processed += rows.length;
    after = rows[rows.length - 1]![0];
    options.onProgress?.({ done: processed, total: Math.max(total, processed) });
  }

  const state = db.prepare('SELECT processed, max_sender_id AS maxSender FROM linkage_state WHERE id = 1').get() as { processed: number; maxSender: number } | undefined;
  const processedCount = db.prepare('SELECT count(*) FROM linkage_processed').pluck().get() as number;
  const maxSender = (db.prepare('SELECT coalesce(max(id), 0) FROM senders').pluck().get() as number) ?? 0;
  // Removed messages leave with their features (cascade), which shows as a smaller count.
  const changed = processed > 0 || !state || state.processed !== processedCount || state.maxSender !== maxSender;
  if (!changed) return { processed, clustered: false };
  if (options.signal?.aborted) throw new CancelledError();
  const clusters = computeSenderClusters(db);
  db.transaction(() => {
    storeClusters(db, clusters);
    db.prepare('INSERT OR REPLACE INTO linkage_state (id, processed, max_sender_id, clustered_at) VALUES (1, ?, ?, ?)').run(processedCount, maxSender, Date.now());
  }).immediate();
  return { processed, clustered: true };
}
