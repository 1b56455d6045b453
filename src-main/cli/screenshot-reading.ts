// SPDX-License-Identifier: MIT
// Reading screenshots from the CLI: the language data from the checkout's resources, the phone's
// zone and reference day from flags, progress on stderr for a person at a terminal.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LeaklineError } from '../core/errors';
import type { ScreenshotOutcome } from '../core/ocr/read-screenshots';
import { machineTimeZone } from '../core/import/run-import';
import { readScreenshots } from '../core/ocr/read-screenshots';
import { tessdataDir } from '../core/ocr/tessdata-dir';
import { parseDateFlag } from './date-flag';
import { parseTimeZone } from './import-choices';
import { progressReporter } from './output';

const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url));

export interface ScreenshotFlags {
  tz?: string;
  date?: string;
  workers?: string;
}

export function screenshotOptionsHelp() {
  return {
    tz: ['--tz <zone>', "IANA time zone of the phone (default: this machine's)"],
    date: ['--date <YYYY-MM-DD>', "the day relative times (昨天, 星期二, 13:09) count from (default: each file's date)"],
    workers: ['--workers <n>', 'OCR workers (default: one per core)'],
  } as const;
}

export async function readScreenshotFiles(files: string[], flags: ScreenshotFlags, progress: boolean): Promise<ScreenshotOutcome[]> {
  const timeZone = parseTimeZone(flags.tz) ?? machineTimeZone();
  if (flags.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new LeaklineError('BAD_REQUEST', `--date expects YYYY-MM-DD, not ${flags.date}`);
    parseDateFlag(flags.date, 'start');
  }
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
    throw new LeaklineError('BAD_REQUEST', `--workers expects a whole number from 1 to 64, not ${flags.workers}`);
  }
  const report = progressReporter(progress);
  let finished = 0;
  return readScreenshots(files, {
    langPath: tessdataDir(RESOURCES_DIR),
    timeZone,
    ...(flags.date !== undefined ? { referenceDate: flags.date } : {}),
    ...(workers !== undefined ? { workers } : {}),
    onProgress: (p) => report(`${basename(p.file)} (${finished + 1}/${p.fileCount})`, p.done, p.total),
    onRead: () => void finished++,
  });
}
