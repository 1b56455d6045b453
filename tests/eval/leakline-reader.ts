// SPDX-License-Identifier: MIT
// Leakline's own reader, loaded by path at run time: the eval then still measures the native
// reference while `src-main/core/ocr/read-screenshots.ts` is being written or is broken. The reader
// answers one outcome per file (a reading or an error); a file it failed on counts as read empty.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScreenshotReading } from '../../src-main/core/model/screenshot';

export interface ReadOptions {
  timeZone: string;
  referenceDate?: string;
  workers?: number;
  /** Per batch; the reader is cancelled when it runs over, so a hung worker cannot hang the eval. */
  timeoutSeconds: number;
}

export type ReadOutcome = { reading: ScreenshotReading } | { error: string };
export type ReadBatch = (paths: string[], options: ReadOptions) => Promise<ReadOutcome[]>;

const REPO = resolve(import.meta.dirname, '../..');
export const READ_SCREENSHOTS_MODULE = resolve(REPO, 'src-main/core/ocr/read-screenshots.ts');
const LANG_PATH = resolve(REPO, 'resources/tessdata');

type RawOutcome = ScreenshotReading | { file: string; reading: ScreenshotReading } | { file: string; error: unknown };
type RawReader = (paths: string[], options: Record<string, unknown>) => Promise<RawOutcome[]>;

function outcome(raw: RawOutcome | undefined): ReadOutcome {
  if (raw === undefined) return { error: 'no outcome for this file' };
  if ('error' in raw) return { error: raw.error instanceof Error ? raw.error.message : String(raw.error) };
  if ('reading' in raw) return { reading: raw.reading };
  return { reading: raw };
}

/** The reader, or a reason why it is not there. */
export async function loadLeaklineReader(): Promise<ReadBatch | string> {
  if (!existsSync(READ_SCREENSHOTS_MODULE)) return 'src-main/core/ocr/read-screenshots.ts does not exist yet';
  let read: RawReader | undefined;
  try {
    read = ((await import(pathToFileURL(READ_SCREENSHOTS_MODULE).href)) as { readScreenshots?: RawReader }).readScreenshots;
  } catch (error) {
    return `read-screenshots.ts failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!read) return 'read-screenshots.ts exports no readScreenshots';
  const reader = read;
  return async (paths, { timeoutSeconds, ...options }) => {
    const raw = await reader(paths, { ...options, langPath: LANG_PATH, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    return paths.map((_, i) => outcome(raw[i]));
  };
}
