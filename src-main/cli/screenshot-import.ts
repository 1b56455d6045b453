// SPDX-License-Identifier: MIT
// `leakline import` for screenshots: which inputs are screenshots or review files, and how they go
// in without a person at a screen. Screenshots are read and the readings the OCR was sure of are
// imported; `--review` writes the readings as a review file instead, which the user corrects and
// then imports with `leakline import FILE.json`.
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { detectFolderImporter } from '../core/importers/detect';
import { LeaklineError, toErrorPayload } from '../core/errors';
import { machineTimeZone } from '../core/import/run-import';
import { expandImagePaths, fileImageKind } from '../core/ocr/image-files';
import { autoAcceptReadings } from '../core/screenshots/auto-accept';
import { commitScreenshotReview } from '../core/screenshots/commit-review';
import { draftFromReadings } from '../core/screenshots/review-draft';
import { looksLikeReviewFile, parseReviewFile, writeReviewFile } from '../core/screenshots/review-file';
import type { ScreenshotReading } from '../core/model/screenshot';
import { openCliDatabase, type DbFlags } from './db-options';
import type { ImportOutcome } from './commands/import';
import { parseTimeZone } from './import-choices';
import { readScreenshotFiles, type ScreenshotFlags } from './screenshot-reading';

export interface ScreenshotImportFlags extends ScreenshotFlags {
  review?: string | true;
  minConfidence?: string;
}

export interface SortedInputs {
  backups: string[];
  screenshots: string[];
  reviews: string[];
}

async function head(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function isScreenshotFolder(path: string): Promise<boolean> {
  if (await detectFolderImporter(path).then(() => true, () => false)) return false;
  return (await expandImagePaths([path])).length > 0;
}

/** Screenshots and review files go their own way; everything else is a backup, as before. */
export async function sortImportInputs(paths: readonly string[]): Promise<SortedInputs> {
  const sorted: SortedInputs = { backups: [], screenshots: [], reviews: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) (await isScreenshotFolder(path) ? sorted.screenshots : sorted.backups).push(path);
    else if (info?.isFile() && (await fileImageKind(path)) !== null) sorted.screenshots.push(path);
    else if (info?.isFile() && looksLikeReviewFile(await head(path))) sorted.reviews.push(path);
    else sorted.backups.push(path);
  }
  return sorted;
}

function minConfidenceOf(flag: string | undefined): number {
  if (flag === undefined) return 0.8;
  const value = Number(flag);
  if (!(value >= 0 && value <= 1)) throw new LeaklineError('BAD_REQUEST', `--min-confidence expects a number from 0 to 1, not ${flag}`);
  return value;
}

function commitInto(flags: DbFlags, outcome: ImportOutcome, commit: Parameters<typeof commitScreenshotReview>[1], reviewName?: string): void {
  const { db } = openCliDatabase(flags);
  try {
    outcome.imported.push(...commitScreenshotReview(db, commit, reviewName ? { reviewName } : {}));
  } finally {
    db.close();
  }
}

export async function importReviewFiles(flags: DbFlags, files: readonly string[], outcome: ImportOutcome): Promise<void> {
  for (const file of files) {
    try {
      commitInto(flags, outcome, parseReviewFile(await readFile(file, 'utf8'), file), file);
    } catch (err) {
      outcome.failed.push({ file, error: toErrorPayload(err) });
    }
  }
}

/** Reads the screenshots, then imports what was read with confidence, or writes the review file. */
export async function importScreenshotInputs(flags: DbFlags, inputs: readonly string[], opts: ScreenshotImportFlags & { json?: boolean }, outcome: ImportOutcome): Promise<void> {
  const minConfidence = minConfidenceOf(opts.minConfidence);
  const timeZone = parseTimeZone(opts.tz) ?? machineTimeZone();
  const files = await expandImagePaths(inputs);
  const readings: ScreenshotReading[] = [];
  for (const result of files.length > 0 ? await readScreenshotFiles(files, opts, !opts.json) : []) {
    if ('reading' in result) readings.push(result.reading);
    else outcome.failed.push({ file: result.file, error: toErrorPayload(result.error) });
  }
  if (readings.length === 0) return;
  if (opts.review !== undefined) {
    const text = writeReviewFile(draftFromReadings(readings, timeZone));
    if (opts.review === true) process.stdout.write(text);
    else {
      await writeFile(opts.review, text, { flag: 'wx' }).catch((err: unknown) => {
        throw new LeaklineError('BAD_REQUEST', `cannot write the review file ${opts.review as string} (it must not exist yet)`, { cause: err });
      });
      process.stderr.write(`leakline: review written to ${opts.review}; correct it, then run: leakline import ${opts.review}\n`);
    }
    return;
  }
  const accepted = autoAcceptReadings(readings, { timeZone, minConfidence });
  for (const s of accepted.skipped) {
    outcome.failed.push({ file: s.file, error: { code: 'MALFORMED_INPUT', message: `${s.file}: ${s.reason}; import it with --review to correct it` } });
  }
  if (accepted.lowConfidence > 0) {
    process.stderr.write(`leakline: ${accepted.lowConfidence} message(s) read with confidence below ${minConfidence} were left out; use --review to check them\n`);
  }
  if (accepted.review) commitInto(flags, outcome, accepted.review);
}
