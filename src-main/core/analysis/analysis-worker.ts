// SPDX-License-Identifier: MIT
// An analysis worker: its own read-only connection, the analyzer built once, then id ranges in and
// analyses out. Writing stays with the coordinator (SQLite has one writer).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { fromTransferableKey } from '../db/transferable-key';
import { analyseRange } from './analyse-range';
import { createMessageAnalyzer } from './message-analyzer';
import type { AnalysisWorkerData, CoordinatorToWorker, WorkerToCoordinator } from './analysis-worker-messages';

const data = workerData as AnalysisWorkerData;
const port = parentPort!;
const send = (m: WorkerToCoordinator) => port.postMessage(m);

try {
  const db = openDatabase(data.dbPath, {
    key: fromTransferableKey(data.key),
    readonly: true,
    migrate: false,
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  });
  const analyze = createMessageAnalyzer({ profile: data.profile, model: data.model });
  port.on('message', (m: CoordinatorToWorker) => {
    try {
      send({ type: 'result', seq: m.seq, rows: analyseRange(db, analyze, m.fromId, m.toId, data.basis) });
    } catch (err) {
      send({ type: 'error', message: (err as Error).message });
    }
  });
} catch (err) {
  send({ type: 'error', message: (err as Error).message });
}
