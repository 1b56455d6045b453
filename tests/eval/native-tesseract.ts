// SPDX-License-Identifier: MIT
// The reference reader: Debian's `tesseract` command (tesseract-ocr-chi-sim) on the whole page, as
// a user without Leakline would run it. One process per image with OMP_THREAD_LIMIT=1, `workers` of
// them at a time, so its seconds per screenshot per core compare with Leakline's worker pool.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseTesseractTsv, type NativeLine } from './native-lines';

const run = promisify(execFile);

export const NATIVE_TESSERACT = process.env['LEAKLINE_TESSERACT'] ?? '/usr/bin/tesseract';

export async function readPageNatively(image: string): Promise<NativeLine[]> {
  const { stdout } = await run(NATIVE_TESSERACT, [image, 'stdout', '-l', 'chi_sim+eng', '--psm', '3', 'tsv'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseTesseractTsv(stdout);
}

/** Lines per image, in input order, and the wall-clock seconds the batch took. */
export async function readPagesNatively(images: readonly string[], workers: number): Promise<{ lines: NativeLine[][]; seconds: number }> {
  const started = performance.now();
  const lines: NativeLine[][] = new Array(images.length);
  let next = 0;
  const lane = async () => {
    while (next < images.length) {
      const index = next++;
      lines[index] = await readPageNatively(images[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, lane));
  return { lines, seconds: (performance.now() - started) / 1000 };
}
