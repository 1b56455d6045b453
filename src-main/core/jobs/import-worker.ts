// SPDX-License-Identifier: MIT
// Runs imports off the UI thread. One connection of its own, one transaction per file; the host
// cancels by message, which aborts the file in progress (rolled back) and skips the rest.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type DbKey } from '../db/open';
import { toErrorPayload, CancelledError } from '../errors';
import { importPath } from '../import/run-import';
import type { HostToWorker, ImportJobData, WorkerToHost } from './job-messages';

const PROGRESS_INTERVAL_MS = 100;

function toDbKey(key: ImportJobData['key']): DbKey {
  if (!key) return null;
  return key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(key.bytes) } : key;
}

async function run(data: ImportJobData): Promise<void> {
  const port = parentPort!;
  const send = (m: WorkerToHost) => port.postMessage(m);
  const abort = new AbortController();
  port.on('message', (m: HostToWorker) => {
    if (m.type === 'cancel') abort.abort();
  });
  const db = openDatabase(data.dbPath, {
    key: toDbKey(data.key),
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  });
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
  } finally {
    db.close();
  }
  send({ type: 'finished', cancelled: abort.signal.aborted });
}

void run(workerData as ImportJobData).catch((err: unknown) => {
  parentPort!.postMessage({ type: 'file-failed', file: '', error: toErrorPayload(err) } satisfies WorkerToHost);
  parentPort!.postMessage({ type: 'finished', cancelled: false } satisfies WorkerToHost);
});
