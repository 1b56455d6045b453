// SPDX-License-Identifier: MIT
// What the page knows about the one import, screenshot-reading, demo or analysis job it started, folded from the start call and
// the job events. Events may overtake the reply to the start call, so a job still "starting"
// adopts the id of the first event it sees.
import type { ErrorPayload, JobFinished, JobProgress } from '../../src-main/ipc/contract';
import { initialFiles, trackFile, type FileProgress } from './file-progress';

export type JobKind = JobProgress['kind'];

/** `paths` are the files the page asked for (none for the demo, whose files the main side picks). */
export type JobView =
  | { phase: 'idle' }
  | { phase: 'starting'; kind: JobKind; paths: string[] }
  | {
      phase: 'running';
      kind: JobKind;
      jobId: string;
      paths: string[];
      progress: JobProgress | null;
      files: FileProgress[];
      cancelling: boolean;
    }
  | { phase: 'finished'; kind: JobKind; jobId: string; paths: string[]; finished: JobFinished }
  | { phase: 'start-failed'; kind: JobKind; error: ErrorPayload };

export const IDLE: JobView = { phase: 'idle' };

export function jobStarting(kind: JobKind, paths: readonly string[] = []): JobView {
  return { phase: 'starting', kind, paths: [...paths] };
}

function running(kind: JobKind, jobId: string, paths: string[], progress: JobProgress | null): JobView {
  const files = initialFiles(paths);
  return { phase: 'running', kind, jobId, paths, progress, files: progress ? trackFile(files, progress) : files, cancelling: false };
}

export function jobStarted(view: JobView, jobId: string): JobView {
  if (view.phase !== 'starting') return view;
  return running(view.kind, jobId, view.paths, null);
}

export function jobStartFailed(view: JobView, error: ErrorPayload): JobView {
  if (view.phase !== 'starting') return view;
  return { phase: 'start-failed', kind: view.kind, error };
}

export function jobProgressed(view: JobView, progress: JobProgress): JobView {
  if (view.phase === 'starting' && progress.kind === view.kind) return running(view.kind, progress.jobId, view.paths, progress);
  if (view.phase === 'running' && view.jobId === progress.jobId) {
    return { ...view, progress, files: trackFile(view.files, progress) };
  }
  return view;
}

export function jobFinished(view: JobView, finished: JobFinished): JobView {
  const ours =
    (view.phase === 'starting' && finished.kind === view.kind) ||
    (view.phase === 'running' && view.jobId === finished.jobId);
  if (!ours || (view.phase !== 'starting' && view.phase !== 'running')) return view;
  return { phase: 'finished', kind: finished.kind, jobId: finished.jobId, paths: view.paths, finished };
}

export function jobCancelling(view: JobView): JobView {
  return view.phase === 'running' ? { ...view, cancelling: true } : view;
}

export function isBusy(view: JobView): boolean {
  return view.phase === 'starting' || view.phase === 'running';
}

/**
 * Whole percent of the job, 0..100. Bytes are counted per file (bytesTotal is the size of file
 * fileIndex, counted from 0), so finished files count whole and the current one by its bytes.
 */
export function percentDone(progress: JobProgress | null): number {
  if (progress?.phase === 'analyze') {
    if (!(progress.bytesTotal > 0)) return 0;
    return Math.min(100, Math.max(0, Math.floor((progress.bytesDone / progress.bytesTotal) * 100)));
  }
  if (!progress || !(progress.fileCount > 0)) return 0;
  const current = progress.bytesTotal > 0 ? Math.min(1, Math.max(0, progress.bytesDone / progress.bytesTotal)) : 0;
  const filesDone = Math.min(progress.fileCount - 1, Math.max(0, progress.fileIndex));
  return Math.min(100, Math.floor(((filesDone + current) / progress.fileCount) * 100));
}

/** During the analysis phase the byte fields count messages: "12,345 / 50,000" analysed so far. */
export function analysisCounts(progress: JobProgress | null): { done: number; total: number } | null {
  if (progress?.phase !== 'analyze') return null;
  const total = Math.max(0, progress.bytesTotal);
  return { done: Math.min(total, Math.max(0, progress.bytesDone)), total };
}

export type OutcomeHeading = 'done' | 'partial' | 'failed' | 'cancelled' | 'cancelledPartial';

/** How a settled job is summed up: a job that failed or was cancelled may still have imported files. */
export function outcomeHeading(view: JobView): OutcomeHeading | null {
  if (view.phase === 'start-failed') return 'failed';
  if (view.phase !== 'finished') return null;
  const { outcome, results } = view.finished;
  if (outcome === 'done') return 'done';
  if (outcome === 'cancelled') return results.length > 0 ? 'cancelledPartial' : 'cancelled';
  return results.length > 0 ? 'partial' : 'failed';
}

/**
 * How a settled screenshot-reading job is summed up: what counts is how many screenshots were read
 * (the review comes next), not what was imported, which is nothing yet.
 */
export function readingHeading(view: JobView): OutcomeHeading | null {
  if (view.phase === 'start-failed') return 'failed';
  if (view.phase !== 'finished') return null;
  const { outcome, readings, failures } = view.finished;
  if (outcome === 'cancelled') return readings.length > 0 ? 'cancelledPartial' : 'cancelled';
  if (readings.length === 0) return 'failed';
  return outcome === 'done' && failures.length === 0 ? 'done' : 'partial';
}
