// SPDX-License-Identifier: MIT
// The overview histogram: messages per time bucket. Message ids encode their second
// (core/store/message-id.ts), so the counts come from a walk of the narrow id index instead
// of the table; the few absurd-dated messages are taken out by their own partial index.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SLOTS_PER_SECOND, firstIdAt } from '../store/message-id';

export interface HistogramRequest {
  buckets: number;
  from?: number;
  to?: number;
}

export interface Histogram {
  from: number;
  to: number;
  bucketMs: number;
  counts: number[];
  /** Messages with an absurd date, kept off the axis. */
  suspect: number;
}

const SHIFT = Math.log2(SLOTS_PER_SECOND);

/** The first and last sane message times (null when there are none). */
export function saneTimeRange(db: Database): { from: number; to: number } | null {
  const first = db.prepare('SELECT time FROM messages WHERE time_suspect = 0 ORDER BY id LIMIT 1').pluck().get() as number | undefined;
  const last = db.prepare('SELECT time FROM messages WHERE time_suspect = 0 ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined;
  return first === undefined || last === undefined ? null : { from: first, to: last };
}

export function messageHistogram(db: Database, request: HistogramRequest): Histogram {
  const suspectRows = db.prepare('SELECT id FROM messages WHERE time_suspect = 1').pluck().all() as number[];
  const sane = request.from === undefined || request.to === undefined ? saneTimeRange(db) : null;
  const from = request.from ?? sane?.from ?? 0;
  const to = Math.max(from, request.to ?? sane?.to ?? from);
  const bucketMs = Math.max(1, Math.ceil((to - from + 1) / request.buckets));
  const counts = new Array<number>(request.buckets).fill(0);
  const bucketOf = (id: number) => Math.floor(((Math.floor(id / SLOTS_PER_SECOND) * 1000) - from) / bucketMs);
  const rows = db
    .prepare(`SELECT CAST(((id >> ${SHIFT}) * 1000 - ?) / ? AS INTEGER) AS b, count(*) FROM messages WHERE id >= ? AND id < ? GROUP BY b`)
    .raw()
    .all(from, bucketMs, firstIdAt(from), firstIdAt(to) + SLOTS_PER_SECOND) as [number, number][];
  for (const [b, n] of rows) counts[Math.min(Math.max(b, 0), request.buckets - 1)]! += n;
  for (const id of suspectRows) {
    if (id < firstIdAt(from) || id >= firstIdAt(to) + SLOTS_PER_SECOND) continue;
    const b = Math.min(Math.max(bucketOf(id), 0), request.buckets - 1);
    counts[b] = Math.max(0, counts[b]! - 1);
  }
  return { from, to, bucketMs, counts, suspect: suspectRows.length };
}
