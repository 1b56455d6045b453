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
import { toErrorPayload, CancelledError, ImportInputError } from '../errors';
import { expandImagePaths } from '../ocr/image-files';
import { readScreenshots } from '../ocr/read-screenshots';
import { checkedTessdata } from '../ocr/tessdata-dir';
import { importPath, machineTimeZone } from '../import/run-import';
import { updateLeakTimeline } from '../timeline/update-leak-timeline';
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
    if (data.kind === 'ocr') {
      await readScreenshotJob(data, abort.signal, send);
      return;
    }
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
    send({ type: 'finished', cancelled: abort.signal.aborted, analysed });
  }
}

/** Reads screenshots for review: nothing is stored until the user commits what was read. */
async function readScreenshotJob(data: ImportJobData, signal: AbortSignal, send: (m: WorkerToHost) => void): Promise<void> {
  if (!data.tessdataDir) throw new Error('screenshot job without OCR language data');
  const files = await expandImagePaths(data.paths);
  if (files.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', data.paths.join(', '), 'no PNG, JPEG or WebP screenshots found');
  const lastSent = new Map<number, number>();
  try {
    const outcomes = await readScreenshots(files, {
      langPath: checkedTessdata(data.tessdataDir),
      timeZone: data.timeZone ?? machineTimeZone(),
      signal,
      ...(data.referenceDate ? { referenceDate: data.referenceDate } : {}),
      onProgress: (p) => {
        const now = Date.now();
        if (now - (lastSent.get(p.fileIndex) ?? 0) < PROGRESS_INTERVAL_MS && p.done < p.total) return;
        lastSent.set(p.fileIndex, now);
        send({ type: 'progress', fileIndex: p.fileIndex, fileCount: p.fileCount, file: p.file, bytesDone: p.done, bytesTotal: p.total, messages: p.messages });
      },
    });
    for (const [fileIndex, outcome] of outcomes.entries()) {
      if ('reading' in outcome) send({ type: 'screenshot-read', fileIndex, reading: outcome.reading });
      else send({ type: 'file-failed', file: outcome.file, error: toErrorPayload(outcome.error) });
    }
  } catch (err) {
    if (!(err instanceof CancelledError)) throw err;
  }
}

/** Analyses what changed, then links senders and updates the timeline; returns how many messages it analysed, also when cancelled part-way. */
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
    const { analysed } = await run;
    updateLeakTimeline(db, { signal });
    return analysed;
  } catch (err) {
    if (err instanceof CancelledError) return done;
    throw err;
  }
}

void run(workerData as ImportJobData).catch((err: unknown) => {
  parentPort!.postMessage({ type: 'file-failed', file: '', error: toErrorPayload(err) } satisfies WorkerToHost);
  parentPort!.postMessage({ type: 'finished', cancelled: false, analysed: 0 } satisfies WorkerToHost);
});
