// SPDX-License-Identifier: MIT
// Leakline's reader as the eval runs it: the whole corpus in one batch (one pool of workers, as
// the app uses it), each screenshot with its own reference day. A file the reader fails on is
// reported and scored as read empty.
import { resolve } from 'node:path';
import type { ScreenshotReading } from '../../src-main/core/model/screenshot';
import { readScreenshots } from '../../src-main/core/ocr/read-screenshots';

const LANG_PATH = resolve(import.meta.dirname, '../../resources/tessdata');

export type ReadOutcome = { reading: ScreenshotReading } | { error: string };

export async function readWithLeakline(
  paths: readonly string[],
  options: { timeZone: string; referenceDates: readonly string[]; workers: number },
): Promise<ReadOutcome[]> {
  const dates = new Map(paths.map((p, i) => [p, options.referenceDates[i]!]));
  const outcomes = await readScreenshots(paths, {
    langPath: LANG_PATH,
    timeZone: options.timeZone,
    workers: options.workers,
    referenceDate: (file) => dates.get(file)!,
  });
  return outcomes.map((o) => ('reading' in o ? { reading: o.reading } : { error: o.error instanceof Error ? o.error.message : String(o.error) }));
}
