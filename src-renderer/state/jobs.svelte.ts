// SPDX-License-Identifier: MIT
// Starting imports (picked, dropped or demo), following their events, cancelling them.
import type { ErrorPayload, JobFinished } from '../../src-main/ipc/contract';
import { asClientError, call, pathForFile, subscribe } from '../api/leakline-client';
import {
  IDLE,
  isBusy,
  jobCancelling,
  jobFinished,
  jobProgressed,
  jobStarted,
  jobStartFailed,
  jobStarting,
  type JobKind,
  type JobView,
} from './job-tracker';

/** Something to tell the user that is not the outcome of a job. */
export type JobNotice = { kind: 'no-path'; names: string[] } | { kind: 'error'; error: ErrorPayload };

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class JobsState {
  view = $state<JobView>(IDLE);
  notice = $state<JobNotice | null>(null);
  busy = $derived(isBusy(this.view));

  /** Follows job events until the returned function is called; `onSettled` runs when ours ends. */
  listen(onSettled: (finished: JobFinished) => void): () => void {
    const offProgress = subscribe('job:progress', (progress) => {
      this.view = jobProgressed(this.view, progress);
    });
    const offFinished = subscribe('job:finished', (finished) => {
      const wasFinished = this.view.phase === 'finished';
      this.view = jobFinished(this.view, finished);
      if (!wasFinished && this.view.phase === 'finished') onSettled(finished);
    });
    return () => {
      offProgress();
      offFinished();
    };
  }

  async importPaths(paths: string[]): Promise<void> {
    if (paths.length === 0) return;
    await this.#start('import', () => call('import:start', { paths }));
  }

  async loadDemo(): Promise<void> {
    await this.#start('demo', () => call('demo:load', {}));
  }

  async chooseAndImport(): Promise<void> {
    if (this.busy) return;
    this.notice = null;
    this.view = IDLE;
    try {
      const { paths } = await call('dialog:openFiles', {});
      await this.importPaths(paths);
    } catch (err) {
      this.notice = { kind: 'error', error: payloadOf(err) };
    }
  }

  /** Dropped files: those whose path the page cannot learn are named to the user, not dropped silently. */
  async importDropped(files: readonly File[]): Promise<void> {
    if (this.busy) return;
    const paths: string[] = [];
    const missing: string[] = [];
    for (const file of files) {
      const path = pathForFile(file);
      if (path) paths.push(path);
      else missing.push(file.name);
    }
    this.view = IDLE;
    const started = this.importPaths(paths);
    // Set after the start has cleared old notices, so that it stays beside the new job's progress.
    this.notice = missing.length > 0 ? { kind: 'no-path', names: missing } : null;
    await started;
  }

  async cancel(): Promise<void> {
    const view = this.view;
    if (view.phase !== 'running' || view.cancelling) return;
    this.view = jobCancelling(view);
    try {
      await call('job:cancel', { jobId: view.jobId });
    } catch (err) {
      this.notice = { kind: 'error', error: payloadOf(err) };
    }
  }

  dismiss(): void {
    if (this.busy) return;
    this.view = IDLE;
    this.notice = null;
  }

  async #start(kind: JobKind, start: () => Promise<{ jobId: string }>): Promise<void> {
    if (this.busy) return;
    this.notice = null;
    this.view = jobStarting(kind);
    try {
      const { jobId } = await start();
      this.view = jobStarted(this.view, jobId);
    } catch (err) {
      this.view = jobStartFailed(this.view, payloadOf(err));
    }
  }
}

export const jobs = new JobsState();
