// SPDX-License-Identifier: MIT
/// <reference types="electron-vite/node" />
// In the built app the job worker and the analysis worker are bundles of their own in out/main;
// electron-vite's ?modulePath import builds each and yields its path. (The CLI and the tests run
// the TypeScript sources via tsx.)
import { Worker } from 'node:worker_threads';
import importWorkerPath from '../core/jobs/import-worker?modulePath';
import analysisWorkerPath from '../core/analysis/analysis-worker?modulePath';
import type { ImportJobData } from '../core/jobs/job-messages';

export function spawnBundledImportWorker(workerData: ImportJobData): Worker {
  return new Worker(importWorkerPath, { workerData: { ...workerData, analysisWorker: analysisWorkerPath } });
}
