// SPDX-License-Identifier: MIT
// Each file's own progress in a multi-file job, folded from job:progress events. The runner reads
// the files one after another, so an event for file i also says that every file before it is over.
import type { JobProgress } from '../../src-main/ipc/contract';

export interface FileProgress {
  /** The path asked for, or, for files the page did not name (the demo), the one the events name. */
  file: string | null;
  state: 'waiting' | 'reading' | 'over';
  bytesDone: number;
  bytesTotal: number;
  messages: number;
}

function waiting(file: string | null): FileProgress {
  return { file, state: 'waiting', bytesDone: 0, bytesTotal: 0, messages: 0 };
}

export function initialFiles(paths: readonly string[]): FileProgress[] {
  return paths.map((path) => waiting(path));
}

/** The files after one progress event; an event naming no file the job has is ignored. */
export function trackFile(files: readonly FileProgress[], progress: JobProgress): FileProgress[] {
  const index = progress.fileIndex;
  const count = Math.max(files.length, progress.fileCount);
  if (!Number.isInteger(index) || index < 0 || index >= count) return [...files];
  const next: FileProgress[] = [];
  for (let i = 0; i < count; i += 1) {
    const current = files[i] ?? waiting(null);
    if (i < index) next.push(current.state === 'over' ? current : { ...current, state: 'over' });
    else if (i > index) next.push(current);
    else {
      const complete = progress.bytesTotal > 0 && progress.bytesDone >= progress.bytesTotal;
      next.push({
        file: current.file ?? progress.file,
        state: complete ? 'over' : 'reading',
        bytesDone: progress.bytesDone,
        bytesTotal: progress.bytesTotal,
        messages: progress.messages,
      });
    }
  }
  return next;
}

/** Whole percent of one file: a file the job has moved past counts as complete, whatever its end. */
export function filePercent(file: FileProgress): number {
  if (file.state === 'over') return 100;
  if (file.state === 'waiting' || !(file.bytesTotal > 0)) return 0;
  return Math.min(100, Math.max(0, Math.floor((file.bytesDone / file.bytesTotal) * 100)));
}
