// SPDX-License-Identifier: MIT
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ImportJobData } from './job-messages';

/**
 * Starts the import worker from its TypeScript source through tsx: how the CLI and the test
 * bridge run it. The Electron build spawns the bundled file instead.
 */
export function spawnTsImportWorker(workerData: ImportJobData): Worker {
  const file = fileURLToPath(new URL('./import-worker.ts', import.meta.url));
  return new Worker(file, { workerData, execArgv: ['--import', 'tsx'] });
}
