// SPDX-License-Identifier: MIT
// Fuzz target: the screenshot decoder behind `leakline ocr`. Damaged PNG, JPEG and WebP files (a
// header that lies about the size, a cut-off download, flipped bytes) decode to a raster whose
// buffer matches its size, or are refused with an ImportInputError, within the time budget.
import fc from 'fast-check';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../src-main/core/errors';
import { decodeRaster } from '../../src-main/core/ocr/raster';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { applyEdits, edits, type Edit } from './hostile-bytes';

const seeds: Buffer[] = [];

beforeAll(async () => {
  // A phone-shaped picture with some structure, so that flipped bytes land in real pixel data.
  const screen = sharp({ create: { width: 120, height: 260, channels: 3, background: '#f2f2f2' } }).composite([
    { input: { create: { width: 80, height: 30, channels: 3, background: '#3478f6' } }, top: 40, left: 30 },
    { input: { create: { width: 60, height: 24, channels: 4, background: { r: 230, g: 230, b: 235, alpha: 0.5 } } }, top: 100, left: 10 },
  ]);
  const flat = await screen.png().toBuffer();
  seeds.push(flat, await sharp(flat).jpeg({ quality: 80 }).toBuffer(), await sharp(flat).webp().toBuffer(), await sharp(flat).jpeg({ progressive: true }).toBuffer());
});

const target: FuzzTarget<{ seed: number; bytes: Edit[] }> = {
  name: 'ocr decodeRaster',
  arbitrary: fc.record({ seed: fc.nat(), bytes: edits }),
  check: async ({ seed, bytes }) => {
    try {
      const raster = await decodeRaster(applyEdits(seeds[seed % seeds.length]!, bytes), 'fuzz-image');
      expect(raster.data.length).toBe(raster.width * raster.height * 3);
      return 'decoded';
    } catch (err) {
      if (!(err instanceof ImportInputError)) throw err;
      return 'refused';
    }
  },
  ciRuns: 200,
  caseBudgetMs: 5_000,
};

describe('the screenshot decoder on damaged images', () => {
  it('decodes a consistent raster or refuses with an ImportInputError, in bounded time', { timeout: targetTimeoutMs(target, 10) }, async () => {
    await runFuzzTarget(target);
  });
});
