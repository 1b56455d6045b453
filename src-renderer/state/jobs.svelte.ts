// SPDX-License-Identifier: MIT
// Starting imports (confirmed on the import page) and the demo, following their events, cancelling them.
import type { ErrorPayload, JobFinished, RequestOf } from '../../src-main/ipc/contract';
import { asClientError, call, subscribe } from '../api/leakline-client';
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

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class JobsState {
  view = $state<JobView>(IDLE);
  /** An error that is not the outcome of a job (a refused cancel). */
  notice = $state<ErrorPayload | null>(null);
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

  /** Resolves true when the main side took the job; a refusal is shown in the job panel. */
  async startImport(request: RequestOf<'import:start'>): Promise<boolean> {
    return this.#start('import', request.paths, () => call('import:start', request));
  }

  async loadDemo(): Promise<void> {
    await this.#start('demo', [], () => call('demo:load', {}));
  }

  async cancel(): Promise<void> {
    const view = this.view;
    if (view.phase !== 'running' || view.cancelling) return;
    this.view = jobCancelling(view);
    try {
      await call('job:cancel', { jobId: view.jobId });
    } catch (err) {
      this.notice = payloadOf(err);
    }
  }

  dismiss(): void {
    if (this.busy) return;
    this.view = IDLE;
    this.notice = null;
  }

  async #start(kind: JobKind, paths: readonly string[], start: () => Promise<{ jobId: string }>): Promise<boolean> {
    if (this.busy) return false;
    this.notice = null;
    this.view = jobStarting(kind, paths);
    try {
      const { jobId } = await start();
      this.view = jobStarted(this.view, jobId);
      return true;
    } catch (err) {
      this.view = jobStartFailed(this.view, payloadOf(err));
      return false;
    }
  }
}

export const jobs = new JobsState();
