// SPDX-License-Identifier: MIT
// Runs jobs off the UI thread: imports (one connection of its own, one transaction per file), then
// the analysis of what they added; or the analysis alone. The host cancels by message, which aborts
// the file in progress (rolled back) and skips the rest, or stops the analysis between ranges.
import { availableParallelism } from 'node:os';
import { parentPort, workerData, Worker } from 'node:worker_threads';
import { analyseDatabase } from '../analysis/run-analysis';
import type { AnalysisWorkerData } from '../analysis/analysis-worker-messages';
import { spawnTsAnalysisWorker } from './spawn-ts-worker';
import { openDatabase } from '../db/open';
import { fromTransferableKey } from '../db/transferable-key';
import { toErrorPayload, CancelledError } from '../errors';
import { importPath } from '../import/run-import';
import type { HostToWorker, ImportJobData, WorkerToHost } from './job-messages';

const PROGRESS_INTERVAL_MS = 100;

async function run(data: ImportJobData): Promise<void> {
  const port = parentPort!;
  const send = (m: WorkerToHost) => port.postMessage(m);
  const abort = new AbortController();
  port.on('message', (m: HostToWorker) => {
    if (m.type === 'cancel') abort.abort();
  });
  const db = openDatabase(data.dbPath, {
    key: fromTransferableKey(data.key),
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  });
  let analysed = 0;
  try {
    for (const [fileIndex, path] of data.paths.entries()) {
      if (abort.signal.aborted) break;
      let lastSent = 0;
      try {
        const choice = data.choices?.[path];
        const summaries = await importPath(db, path, {
          signal: abort.signal,
          ...(choice?.format ? { format: choice.format } : {}),
          ...(choice?.csvMapping ? { csvMapping: choice.csvMapping } : {}),
          ...(data.timeZone ? { timeZone: data.timeZone } : {}),
          onProgress: (p) => {
            const now = Date.now();
            if (now - lastSent < PROGRESS_INTERVAL_MS && p.bytesDone < p.bytesTotal) return;
            lastSent = now;
            send({ type: 'progress', fileIndex, ...p });
          },
        });
        for (const summary of summaries) send({ type: 'file-done', summary });
      } catch (err) {
        if (err instanceof CancelledError) break;
        send({ type: 'file-failed', file: path, error: toErrorPayload(err) });
      }
    }
    if (!abort.signal.aborted) analysed = await analyse(db, data, abort.signal, send);
  } catch (err) {
    if (!(err instanceof CancelledError)) send({ type: 'file-failed', file: '', error: toErrorPayload(err) });
  } finally {
    db.close();
  }
  send({ type: 'finished', cancelled: abort.signal.aborted, analysed });
}

/** Analyses what changed; returns how many messages it analysed, also when cancelled part-way. */
async function analyse(db: ReturnType<typeof openDatabase>, data: ImportJobData, signal: AbortSignal, send: (m: WorkerToHost) => void): Promise<number> {
  let lastSent = 0;
  let done = 0;
  const spawn = data.analysisWorker
    ? (d: AnalysisWorkerData) => new Worker(data.analysisWorker!, { workerData: d })
    : spawnTsAnalysisWorker;
  const run = analyseDatabase(db, {
    signal,
    pool: {
      spawn,
      count: availableParallelism(),
      dbPath: data.dbPath,
      key: fromTransferableKey(data.key),
      ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
    },
    onProgress: (p) => {
      done = p.done;
      const total = p.total;
      const now = Date.now();
      if (now - lastSent < PROGRESS_INTERVAL_MS && done < total) return;
      lastSent = now;
      send({ type: 'analysis-progress', done, total });
    },
  });
  try {
    return (await run).analysed;
  } catch (err) {
    if (err instanceof CancelledError) return done;
    throw err;
  }
}

void run(workerData as ImportJobData).catch((err: unknown) => {
  parentPort!.postMessage({ type: 'file-failed', file: '', error: toErrorPayload(err) } satisfies WorkerToHost);
  parentPort!.postMessage({ type: 'finished', cancelled: false, analysed: 0 } satisfies WorkerToHost);
});
