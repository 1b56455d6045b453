// SPDX-License-Identifier: MIT
// Analyses everything that changed since the last run: new messages, and all messages when the
// rules, the profile or the learned model changed. Id ranges go to a pool of worker threads (one
// per core) that read and analyse; this thread alone writes, one transaction per range, so a
// cancelled or crashed run keeps what it finished and the next run picks up the rest.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Worker } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DbKey } from '../db/open';
import { toTransferableKey } from '../db/transferable-key';
import { CancelledError, LeaklineError } from '../errors';
import { loadProfile } from '../profile/profile-store';
import { profileFingerprint } from '../profile/profile-fingerprint';
import { refreshLearnedModel } from '../learning/learned-model-store';
import { labelFor, loadLabels, type UserLabels } from '../learning/labels-store';
import { analysisBasis } from './analysis-basis';
import { analysisWriter, type EncodedAnalysis } from './analysis-rows';
import { analyseRange } from './analyse-range';
import { createMessageAnalyzer } from './message-analyzer';
import type { AnalysisWorkerData, WorkerToCoordinator } from './analysis-worker-messages';

const RANGE_SIZE = 2000;
/** Below this many stale messages, starting workers costs more than it saves. */
const INLINE_BELOW = 20_000;

export interface AnalysisPoolOptions {
  spawn: (data: AnalysisWorkerData) => Worker;
  count: number;
  dbPath: string;
  key: DbKey;
  nativeBinding?: string;
}

export interface AnalyseOptions {
  /** Worker threads reading the same database file; absent: analyse in this thread. */
  pool?: AnalysisPoolOptions;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Fewer stale messages than this are analysed in this thread even with a pool (default 20,000). */
  inlineBelow?: number;
}

export interface AnalyseOutcome {
  /** Messages analysed by this run. */
  analysed: number;
  /** Messages in the database. */
  messages: number;
}

export async function analyseDatabase(db: Database, options: AnalyseOptions = {}): Promise<AnalyseOutcome> {
  const learned = refreshLearnedModel(db);
  const profile = loadProfile(db);
  const basis = analysisBasis(profileFingerprint(profile), learned.fingerprint);
  const stale = db
    .prepare('SELECT m.id FROM messages m LEFT JOIN analysis a ON a.message_id = m.id WHERE a.basis IS NULL OR a.basis <> ? ORDER BY m.id')
    .pluck()
    .all(basis) as number[];
  const messages = db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
  const ranges: [number, number][] = [];
  for (let i = 0; i < stale.length; i += RANGE_SIZE) ranges.push([stale[i]!, stale[Math.min(i + RANGE_SIZE, stale.length) - 1]!]);

  const labels = loadLabels(db);
  const write = analysisWriter(db, basis);
  const store = db.transaction((rows: EncodedAnalysis[]) => {
    for (const row of rows) write(withUserLabel(row, labels));
  });
  let done = 0;
  const report = (rows: EncodedAnalysis[]) => {
    store(rows);
    done += rows.length;
    options.onProgress?.({ done, total: stale.length });
  };
  options.onProgress?.({ done: 0, total: stale.length });

  if (!options.pool || stale.length < (options.inlineBelow ?? INLINE_BELOW)) {
    const analyze = createMessageAnalyzer({ profile, model: learned.data });
    for (const [from, to] of ranges) {
      if (options.signal?.aborted) throw new CancelledError();
      report(analyseRange(db, analyze, from, to, basis));
      await nextTurn();
    }
  } else {
    const data: AnalysisWorkerData = {
      dbPath: options.pool.dbPath,
      key: toTransferableKey(options.pool.key),
      profile,
      model: learned.data,
      basis,
      ...(options.pool.nativeBinding ? { nativeBinding: options.pool.nativeBinding } : {}),
    };
    await runPool(ranges, options.pool, data, report, options.signal);
  }
  return { analysed: done, messages };
}

function withUserLabel(row: EncodedAnalysis, labels: UserLabels): EncodedAnalysis {
  const label = labelFor(labels, row.messageId, row.senderId);
  if (!label) return row;
  // The user's word on the category; their "fraud" also makes the risk high, and nothing else moves.
  const risk = label.category === 'fraud' ? Math.max(row.risk, 0.9) : row.risk;
  return { ...row, category: label.category, categorySource: 'user', risk };
}

/** Keeps two ranges in flight per worker and writes results as they come, in any order. */
async function runPool(
  ranges: [number, number][],
  pool: AnalysisPoolOptions,
  data: AnalysisWorkerData,
  report: (rows: EncodedAnalysis[]) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const workers = Array.from({ length: Math.max(1, pool.count) }, () => pool.spawn(data));
  let next = 0;
  let pending = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (err: Error) => reject(err);
      const dispatch = (worker: Worker) => {
        if (signal?.aborted) return reject(new CancelledError());
        if (next >= ranges.length) {
          if (pending === 0) resolve();
          return;
        }
        const [fromId, toId] = ranges[next]!;
        worker.postMessage({ type: 'range', seq: next++, fromId, toId });
        pending++;
      };
      signal?.addEventListener('abort', () => reject(new CancelledError()), { once: true });
      for (const worker of workers) {
        worker.on('message', (m: WorkerToCoordinator) => {
          if (m.type === 'error') return fail(new LeaklineError('INTERNAL', `analysis worker: ${m.message}`));
          pending--;
          try {
            report(m.rows);
          } catch (err) {
            return fail(err as Error);
          }
          dispatch(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new LeaklineError('INTERNAL', `analysis worker stopped (exit code ${code})`));
        });
        dispatch(worker);
        dispatch(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
