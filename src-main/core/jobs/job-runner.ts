// SPDX-License-Identifier: MIT
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { ImportSummary } from '../model/source';
import type { JobEvents, JobFinished } from '../model/job';
import type { DbKey } from '../db/open';
import { toTransferableKey } from '../db/transferable-key';
import type { ImportJobData, WorkerToHost } from './job-messages';

export interface JobRunnerOptions {
  /** Starts the import worker with the given workerData (Electron and Node locate it differently). */
  spawnWorker: (workerData: ImportJobData) => Worker;
  dbPath: string;
  key: DbKey;
  nativeBinding?: string;
  /** The OCR language data folder, for screenshot jobs. */
  tessdataDir: string;
  emit: <E extends keyof JobEvents>(event: E, payload: JobEvents[E]) => void;
}

interface RunningJob {
  kind: ImportJobData['kind'];
  worker: Worker;
  cancelled: boolean;
}

/** Runs import jobs in worker threads and turns their messages into contract events. */
export class JobRunner {
  private readonly running = new Map<string, RunningJob>();

  constructor(private readonly options: JobRunnerOptions) {}

  start(kind: ImportJobData['kind'], paths: string[], extra: Pick<ImportJobData, 'choices' | 'timeZone' | 'referenceDate'> = {}): string {
    // A new analysis supersedes a running one: that one's basis (profile, labels) is already out of
    // date, and what it finished is kept, so the new run only does the rest.
    if (kind === 'analyze') for (const [id, job] of this.running) if (job.kind === 'analyze') this.cancel(id);
    const jobId = randomUUID();
    const key = this.options.key;
    const data: ImportJobData = {
      jobId,
      kind,
      dbPath: this.options.dbPath,
      key: toTransferableKey(key),
      paths,
      ...extra,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      ...(kind === 'ocr' ? { tessdataDir: this.options.tessdataDir } : {}),
    };
    const worker = this.options.spawnWorker(data);
    const job: RunningJob = { kind, worker, cancelled: false };
    this.running.set(jobId, job);
    const results: ImportSummary[] = [];
    const failures: JobFinished['failures'] = [];
    const readings: JobFinished['readings'] = [];
    let finished = false;
    const finish = (cancelled: boolean, analysed = 0) => {
      if (finished) return;
      finished = true;
      this.running.delete(jobId);
      const outcome = cancelled || job.cancelled ? 'cancelled' : failures.length ? 'failed' : 'done';
      this.options.emit('job:finished', {
        jobId,
        kind,
        outcome,
        results,
        failures,
        error: failures[0]?.error ?? null,
        analysed,
        readings,
      });
      void worker.terminate();
    };
    worker.on('message', (m: WorkerToHost) => {
      switch (m.type) {
        case 'progress':
          this.options.emit('job:progress', {
            jobId,
            kind,
            phase: kind === 'ocr' ? 'ocr' : 'import',
            file: m.file,
            fileIndex: m.fileIndex,
            // A folder of screenshots is one path and many files.
            fileCount: m.fileCount ?? paths.length,
            bytesDone: m.bytesDone,
            bytesTotal: m.bytesTotal,
            messages: m.messages,
          });
          break;
        case 'screenshot-read':
          readings.push(m.reading);
          break;
        case 'file-done':
          results.push(m.summary);
          break;
        case 'file-failed':
          failures.push({ file: m.file, error: m.error });
          break;
        case 'analysis-progress':
          this.options.emit('job:progress', {
            jobId,
            kind,
            phase: 'analyze',
            file: null,
            fileIndex: paths.length,
            fileCount: paths.length,
            bytesDone: m.done,
            bytesTotal: m.total,
            messages: m.done,
          });
          break;
        case 'finished':
          finish(m.cancelled, m.analysed);
          break;
      }
    });
    worker.on('error', (err) => {
      failures.push({ file: '', error: { code: 'INTERNAL', message: err.message } });
      finish(false);
    });
    worker.on('exit', () => finish(false));
    return jobId;
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.cancelled = true;
    job.worker.postMessage({ type: 'cancel' });
    return true;
  }

  /** Waits for nothing: terminates every worker (their open transactions roll back). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.running.values()].map((j) => j.worker.terminate()));
    this.running.clear();
  }
}
