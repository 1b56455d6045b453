// SPDX-License-Identifier: MIT
// A screenshot decoded to plain RGB pixels, which the layout analysis walks directly. sharp decodes
// PNG, JPEG and WebP (what phones and chat apps produce) and flattens transparency onto white.
import sharp, { type Metadata } from 'sharp';
import { ImportInputError } from '../errors';

export interface Raster {
  width: number;
  height: number;
  /** RGB, row-major, 3 bytes per pixel. */
  data: Buffer;
}

/** Phones at 3x are 1290 px wide; anything far beyond is not a phone screen and would be slow. */
export const MAX_PIXELS = 4000 * 12000;
const FORMATS = ['png', 'jpeg', 'webp', 'gif', 'tiff'];

function unreadable(file: string, err: unknown): ImportInputError {
  return new ImportInputError('UNKNOWN_FORMAT', file, 'not a readable image (PNG, JPEG or WebP expected)', null, { cause: err });
}

export async function decodeRaster(bytes: Buffer, file: string): Promise<Raster> {
  let meta: Metadata;
  try {
    // The header only: no pixel is decoded, so a file that declares 60000×60000 costs nothing here,
    // and can be refused by its size rather than by sharp's generic pixel-limit error.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw unreadable(file, err);
  }
  if (!meta.width || !meta.height) throw unreadable(file, new Error('no size'));
  if (!FORMATS.includes(meta.format ?? '')) {
    throw new ImportInputError('UNKNOWN_FORMAT', file, `${meta.format ?? 'these'} images are not supported; use PNG, JPEG or WebP`);
  }
  if (meta.width * meta.height > MAX_PIXELS) {
    throw new ImportInputError(
      'MALFORMED_INPUT',
      file,
      `the image declares ${meta.width}×${meta.height} pixels, more than a screenshot has (at most ${MAX_PIXELS / 1e6} million): refused without decoding`,
    );
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate() // honour EXIF orientation, as photo viewers do
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data };
  } catch (err) {
    // A header that reads but pixels that do not (a cut-off download, a damaged file): libvips'
    // bare error (found by tests/fuzz/ocr-raster.fuzz.ts and the cut-off PNG of resource-bombs.test.ts).
    throw new ImportInputError('MALFORMED_INPUT', file, 'the image is damaged and cannot be decoded', null, { cause: err });
  }
}
