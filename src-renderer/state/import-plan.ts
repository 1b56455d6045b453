// SPDX-License-Identifier: MIT
// The files on the import page before the import starts: what each was detected as, the CSV
// mappings the user confirmed, whether the import may start, and the requests that start it
// (backups to import:start, screenshots to screenshots:read).
import type { CsvMapping, CsvPreview, ErrorPayload, ImportFormat, RequestOf, ResponseOf } from '../../src-main/ipc/contract';
import { initialMapping, isMappingUsable } from './csv-mapping-check';

export type PlanEntry =
  | { path: string; status: 'detecting' }
  | { path: string; status: 'ready'; format: ImportFormat; csv: CsvPreview | null; mapping: CsvMapping | null }
  | { path: string; status: 'error'; error: ErrorPayload };

export type ImportRequest = RequestOf<'import:start'>;
export type ScreenshotsRequest = RequestOf<'screenshots:read'>;

/** The page's own code for a HEIC image, which the OCR cannot open; the catalogue explains it. */
export const HEIC_UNSUPPORTED = 'HEIC_UNSUPPORTED';

/** The contract takes at most this many paths per import. */
export const MAX_PATHS = 1000;

/** Formats that write local wall-clock times, which the chosen time zone turns into instants. */
const LOCAL_TIME_FORMATS: ReadonlySet<ImportFormat> = new Set<ImportFormat>(['csv', 'json', 'vmessage', 'screenshot']);

export function detectingEntry(path: string): PlanEntry {
  return { path, status: 'detecting' };
}

export function entryFromPreview(preview: ResponseOf<'import:preview'>): PlanEntry {
  const csv = preview.csv;
  return { path: preview.path, status: 'ready', format: preview.format, csv, mapping: csv ? initialMapping(csv) : null };
}

export function entryFromError(path: string, error: ErrorPayload): PlanEntry {
  return { path, status: 'error', error };
}

/** An image (or a folder the user chose as screenshots): read by OCR, no preview needed. */
export function screenshotEntry(path: string): PlanEntry {
  return { path, status: 'ready', format: 'screenshot', csv: null, mapping: null };
}

export function heicEntry(path: string): PlanEntry {
  return entryFromError(path, { code: HEIC_UNSUPPORTED, message: '' });
}

function isScreenshot(entry: PlanEntry): boolean {
  return entry.status === 'ready' && entry.format === 'screenshot';
}

/** Paths not yet on the list, in the order given, without repeats; the list stays within MAX_PATHS. */
export function newPaths(entries: readonly PlanEntry[], paths: readonly string[]): string[] {
  const known = new Set(entries.map((entry) => entry.path));
  const fresh: string[] = [];
  for (const path of paths) {
    if (known.has(path) || path === '') continue;
    if (entries.length + fresh.length >= MAX_PATHS) break;
    known.add(path);
    fresh.push(path);
  }
  return fresh;
}

/** A ready entry whose mapping is still incomplete; the import waits for the user to finish it. */
export function needsMapping(entry: PlanEntry): boolean {
  return entry.status === 'ready' && entry.csv !== null && entry.mapping !== null && !isMappingUsable(entry.mapping, entry.csv.headers);
}

export type StartBlocker = 'no-files' | 'detecting' | 'mapping';

/** Why the import cannot start yet, or null when it can. Unrecognised files are left out, not blocking. */
export function startBlocker(entries: readonly PlanEntry[]): StartBlocker | null {
  if (entries.some((entry) => entry.status === 'detecting')) return 'detecting';
  if (!entries.some((entry) => entry.status === 'ready')) return 'no-files';
  if (entries.some(needsMapping)) return 'mapping';
  return null;
}

/** Every path that will be imported or read, backups and screenshots alike. */
export function importablePaths(entries: readonly PlanEntry[]): string[] {
  return entries.filter((entry) => entry.status === 'ready').map((entry) => entry.path);
}

export function backupPaths(entries: readonly PlanEntry[]): string[] {
  return entries.filter((entry) => entry.status === 'ready' && !isScreenshot(entry)).map((entry) => entry.path);
}

export function screenshotPaths(entries: readonly PlanEntry[]): string[] {
  return entries.filter(isScreenshot).map((entry) => entry.path);
}

export function needsTimeZone(entries: readonly PlanEntry[]): boolean {
  return entries.some((entry) => entry.status === 'ready' && LOCAL_TIME_FORMATS.has(entry.format));
}

/**
 * The import:start request, or null while the import cannot start. A file with a confirmed mapping
 * also pins its format, so that the main side reads it exactly as the user checked it.
 */
export function importRequest(entries: readonly PlanEntry[], timeZone: string): ImportRequest | null {
  if (startBlocker(entries) !== null) return null;
  const paths = backupPaths(entries);
  if (paths.length === 0) return null;
  const choices: NonNullable<ImportRequest['choices']> = {};
  for (const entry of entries) {
    if (entry.status === 'ready' && entry.mapping !== null) choices[entry.path] = { format: entry.format, csvMapping: entry.mapping };
  }
  const request: ImportRequest = { paths, timeZone };
  if (Object.keys(choices).length > 0) request.choices = choices;
  return request;
}

/**
 * The screenshots:read request, or null while nothing can start or no screenshot is listed. An
 * empty reference day leaves each file's own date to the main side.
 */
export function screenshotsRequest(entries: readonly PlanEntry[], timeZone: string, referenceDate: string): ScreenshotsRequest | null {
  if (startBlocker(entries) !== null) return null;
  const paths = screenshotPaths(entries);
  if (paths.length === 0) return null;
  const request: ScreenshotsRequest = { paths, timeZone };
  if (referenceDate !== '') request.referenceDate = referenceDate;
  return request;
}
