// SPDX-License-Identifier: MIT
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ImportJobData } from './job-messages';
import type { AnalysisWorkerData } from '../analysis/analysis-worker-messages';

/**
 * Starts a worker from its TypeScript source through a bootstrap that registers tsx in the new
 * thread (execArgv loaders do not reach worker threads on Node 20): how the CLI and the test
 * bridge run them. The Electron build spawns the bundled files instead.
 */
function spawnTsWorker(entry: URL, workerData: object): Worker {
  const bootstrap = fileURLToPath(new URL('./ts-worker-bootstrap.mjs', import.meta.url));
  return new Worker(bootstrap, { workerData: { ...workerData, __entry: entry.href } });
}

export function spawnTsImportWorker(workerData: ImportJobData): Worker {
  return spawnTsWorker(new URL('./import-worker.ts', import.meta.url), workerData);
}

export function spawnTsAnalysisWorker(workerData: AnalysisWorkerData): Worker {
  return spawnTsWorker(new URL('../analysis/analysis-worker.ts', import.meta.url), workerData);
}
