// SPDX-License-Identifier: MIT
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ImportJobData } from './job-messages';

/**
 * Starts the import worker from its TypeScript source through a bootstrap that registers tsx in
 * the new thread (execArgv loaders do not reach worker threads on Node 20): how the CLI and the
 * test bridge run it. The Electron build spawns the bundled file instead.
 */
export function spawnTsImportWorker(workerData: ImportJobData): Worker {
  const bootstrap = fileURLToPath(new URL('./ts-worker-bootstrap.mjs', import.meta.url));
  const entry = new URL('./import-worker.ts', import.meta.url).href;
  return new Worker(bootstrap, { workerData: { ...workerData, __entry: entry } });
}
