// SPDX-License-Identifier: MIT
// A screenshot decoded to plain RGB pixels, which the layout analysis walks directly. sharp decodes
// PNG, JPEG and WebP (what phones and chat apps produce) and flattens transparency onto white.
import sharp, { type Sharp } from 'sharp';
import { ImportInputError } from '../errors';

export interface Raster {
  width: number;
  height: number;
  /** RGB, row-major, 3 bytes per pixel. */
  data: Buffer;
}

/** Phones at 3x are 1290 px wide; anything far beyond is not a phone screen and would be slow. */
const MAX_PIXELS = 4000 * 12000;

export async function decodeRaster(bytes: Buffer, file: string): Promise<Raster> {
  let image: Sharp;
  try {
    image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new Error('no size');
    if (!['png', 'jpeg', 'webp', 'gif', 'tiff'].includes(meta.format ?? '')) {
      throw new ImportInputError('UNKNOWN_FORMAT', file, `${meta.format ?? 'these'} images are not supported; use PNG, JPEG or WebP`);
    }
  } catch (err) {
    if (err instanceof ImportInputError) throw err;
    throw new ImportInputError('UNKNOWN_FORMAT', file, 'not a readable image (PNG, JPEG or WebP expected)', null, { cause: err });
  }
  const { data, info } = await image
    .rotate() // honour EXIF orientation, as photo viewers do
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}
