// SPDX-License-Identifier: MIT
// Reads a batch of screenshots on a pool of OCR workers, one screenshot per worker at a time,
// with progress per file and for the batch, and cancellation. Each reading records the image's
// sha256, so what is later imported can be traced to the exact file.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { CancelledError, ImportInputError } from '../errors';
import type { ScreenshotReading } from '../model/screenshot';
import { OcrPool } from './ocr-pool';
import { decodeRaster } from './raster';
import { readScreen } from './read-screenshot';
import { civilDateIn } from './civil-date';

export interface ScreenshotProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  /** Steps of this screenshot: its layout, then each region read. */
  done: number;
  total: number;
  /** Bubbles with text found in this screenshot so far. */
  messages: number;
}

export interface ReadScreenshotsOptions {
  /** Folder holding chi_sim.traineddata.gz and eng.traineddata.gz (see tessdata-dir.ts). */
  langPath: string;
  timeZone: string;
  /** The day relative separators count from, for all files or per file; default: each file's modification date. */
  referenceDate?: string | ((file: string) => string);
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ScreenshotProgress) => void;
  /** Called as each screenshot is read, in completion order. */
  onRead?: (reading: ScreenshotReading, index: number) => void;
}

/** Far above any phone screenshot (a 1440×3200 PNG is under 10 MB). */
export const MAX_SCREENSHOT_BYTES = 100_000_000;

async function readOne(pool: OcrPool, file: string, index: number, count: number, options: ReadScreenshotsOptions): Promise<ScreenshotReading> {
  // Decoded inside the task, so no more screenshots are held in memory than there are workers.
  return pool.run(async (session) => {
    const size = (await stat(file).catch((err: unknown) => {
      throw new ImportInputError('FILE_NOT_FOUND', file, 'cannot read the image', null, { cause: err });
    })).size;
    // A phone's screenshot is a few megabytes; reading a huge file whole would only fill memory.
    if (size > MAX_SCREENSHOT_BYTES) {
      throw new ImportInputError('MALFORMED_INPUT', file, `${Math.round(size / 1e6)} MB is too large for a screenshot (at most ${MAX_SCREENSHOT_BYTES / 1e6} MB)`);
    }
    const bytes = await readFile(file).catch((err: unknown) => {
      throw new ImportInputError('FILE_NOT_FOUND', file, 'cannot read the image', null, { cause: err });
    });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const given = typeof options.referenceDate === 'function' ? options.referenceDate(file) : options.referenceDate;
    const referenceDate = given ?? civilDateIn((await stat(file)).mtimeMs, options.timeZone);
    const raster = await decodeRaster(bytes, file);
    const read = await readScreen(raster, session, {
      referenceDate,
      timeZone: options.timeZone,
      ...(options.signal ? { signal: options.signal } : {}),
      onStep: (done, total, messages) => options.onProgress?.({ file, fileIndex: index, fileCount: count, done, total, messages }),
    });
    return {
      file,
      sha256,
      width: raster.width,
      height: raster.height,
      sender: read.sender,
      sender_confidence: Math.round(read.senderConfidence * 1000) / 1000,
      reference_date: referenceDate,
      time_zone: options.timeZone,
      messages: read.messages,
    };
  });
}

export type ScreenshotOutcome = { file: string; reading: ScreenshotReading } | { file: string; error: unknown };

/**
 * Outcomes in the order of `files`: a file that cannot be read (not an image, corrupt) is reported
 * and the others are still read. Cancelling rejects with CancelledError.
 */
export async function readScreenshots(files: readonly string[], options: ReadScreenshotsOptions): Promise<ScreenshotOutcome[]> {
  const pool = new OcrPool({ langPath: options.langPath, size: Math.max(1, Math.min(files.length, options.workers ?? availableParallelism())) });
  const stop = () => void pool.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const outcomes = await Promise.all(
      files.map(async (file, index): Promise<ScreenshotOutcome> => {
        try {
          if (options.signal?.aborted) throw new CancelledError();
          const reading = await readOne(pool, file, index, files.length, options);
          options.onRead?.(reading, index);
          return { file, reading };
        } catch (error) {
          if (options.signal?.aborted) throw new CancelledError();
          return { file, error };
        }
      }),
    );
    return outcomes;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}
