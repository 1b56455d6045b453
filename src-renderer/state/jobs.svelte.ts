// SPDX-License-Identifier: MIT
// Starting imports (confirmed on the import page), screenshot reading, the demo and analyses,
// following their events, cancelling them.
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

  /** Resolves true when the main side took the job; its readings arrive with the finished event. */
  async startScreenshots(request: RequestOf<'screenshots:read'>): Promise<boolean> {
    return this.#start('ocr', request.paths, () => call('screenshots:read', request));
  }

  async loadDemo(): Promise<void> {
    await this.#start('demo', [], () => call('demo:load', {}));
  }

  async startAnalysis(): Promise<void> {
    await this.#start('analyze', [], () => call('analysis:start', {}));
  }

  /**
   * Runs a call that may start a re-analysis as a side effect (saving the profile, setting labels)
   * and follows that job. The call's own error is thrown to the caller, which shows it where the
   * user acted (next to the form), not in the job panel. When a job already runs, the call is made
   * all the same and its job is not followed (the running one stays on screen).
   */
  async runFollowing<T>(start: () => Promise<T>, jobIdOf: (result: T) => string | null): Promise<T> {
    if (this.busy) return start();
    this.notice = null;
    this.view = jobStarting('analyze');
    let result: T;
    try {
      result = await start();
    } catch (err) {
      if (this.view.phase === 'starting') this.view = IDLE;
      throw err;
    }
    const jobId = jobIdOf(result);
    if (jobId === null) {
      if (this.view.phase === 'starting') this.view = IDLE;
    } else {
      this.view = jobStarted(this.view, jobId);
    }
    return result;
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
