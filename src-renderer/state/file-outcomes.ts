// SPDX-License-Identifier: MIT
// What became of each file of a finished job, in the order the user gave them. A path can stand
// for several sources (a folder's evidence file, the entries of an archive), so results are matched
// to the path they are, or else to the longest path they lie inside.
import type { ErrorPayload, ImportSummary, JobFinished } from '../../src-main/ipc/contract';

export type FileOutcome =
  | { status: 'imported'; path: string; summary: ImportSummary }
  | { status: 'failed'; path: string; error: ErrorPayload }
  | { status: 'not-imported'; path: string };

type Settled = Exclude<FileOutcome, { status: 'not-imported' }>;

function trimmed(path: string): string {
  return path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
}

/** True when `file` (as a result or failure names it) is `path` or lies inside it. */
export function belongsTo(file: string, path: string): boolean {
  const f = trimmed(file);
  const p = trimmed(path);
  if (p === '') return false;
  return f === p || f.startsWith(`${p}/`) || f.startsWith(`${p}\\`) || f.startsWith(`${p}!/`);
}

function owner(file: string, paths: readonly string[]): number {
  const exact = paths.findIndex((path) => trimmed(path) === trimmed(file));
  if (exact >= 0) return exact;
  let best = -1;
  paths.forEach((path, index) => {
    if (belongsTo(file, path) && (best < 0 || path.length > paths[best]!.length)) best = index;
  });
  return best;
}

export function fileOutcomes(paths: readonly string[], finished: JobFinished): FileOutcome[] {
  const buckets: Settled[][] = paths.map(() => []);
  // Whatever matches no requested path (the demo's files, a runner error naming no file) still shows.
  const unmatched: Settled[] = [];
  const place = (file: string, outcome: Settled) => {
    const index = owner(file, paths);
    (index >= 0 ? buckets[index]! : unmatched).push(outcome);
  };
  for (const summary of finished.results) place(summary.file, { status: 'imported', path: summary.file, summary });
  for (const failure of finished.failures) place(failure.file, { status: 'failed', path: failure.file, error: failure.error });

  const outcomes: FileOutcome[] = [];
  paths.forEach((path, index) => {
    const settled = buckets[index]!;
    if (settled.length === 0) outcomes.push({ status: 'not-imported', path });
    else outcomes.push(...settled.map((outcome) => ({ ...outcome, path: settled.length === 1 ? path : outcome.path })));
  });
  return [...outcomes, ...unmatched];
}

/** Files that failed, for the one-line alert above the table; a failure naming no file is left out. */
export function failedFiles(outcomes: readonly FileOutcome[]): string[] {
  return outcomes.filter((o) => o.status === 'failed' && o.path !== '').map((o) => o.path);
}
