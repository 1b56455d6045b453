// SPDX-License-Identifier: MIT
/// <reference types="electron-vite/node" />
// In the built app the import worker is its own bundle in out/main; electron-vite's ?modulePath
// import builds it and yields its path. (The CLI and the tests run the TypeScript source via tsx.)
import { Worker } from 'node:worker_threads';
import importWorkerPath from '../core/jobs/import-worker?modulePath';
import type { ImportJobData } from '../core/jobs/job-messages';

export function spawnBundledImportWorker(workerData: ImportJobData): Worker {
  return new Worker(importWorkerPath, { workerData });
}
