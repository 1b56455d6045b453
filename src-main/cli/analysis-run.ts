// SPDX-License-Identifier: MIT
// Runs the incremental analysis for a CLI command on a pool of worker threads, one per core,
// with progress on stderr for a person at a terminal; then the sender linkage and the timeline.
import { availableParallelism } from 'node:os';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DbKey } from '../core/db/open';
import { analyseDatabase, type AnalyseOutcome } from '../core/analysis/run-analysis';
import { spawnTsAnalysisWorker } from '../core/jobs/spawn-ts-worker';
import { updateLeakTimeline } from '../core/timeline/update-leak-timeline';
import { progressReporter } from './output';

export async function runCliAnalysis(db: Database, dbPath: string, key: DbKey, showProgress: boolean): Promise<AnalyseOutcome> {
  const progress = progressReporter(showProgress);
  const linking = progressReporter(showProgress);
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  try {
    const outcome = await analyseDatabase(db, {
      signal: abort.signal,
      pool: { spawn: spawnTsAnalysisWorker, count: availableParallelism(), dbPath, key },
      onProgress: ({ done, total }) => progress('analysing', done, total),
    });
    updateLeakTimeline(db, { signal: abort.signal, onProgress: ({ done, total }) => total > 0 && linking('linking senders', done, total) });
    return outcome;
  } finally {
    process.off('SIGINT', stop);
  }
}
