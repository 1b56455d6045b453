// SPDX-License-Identifier: MIT
// One region of a screenshot prepared the way tesseract reads best: dark text on a light ground,
// grey, stretched to full contrast, large enough, with a margin. Bubbles come in every colour
// (white text on green or blue, light text in dark mode), so whether to invert is decided per
// region from its own pixels, not from the theme.
import sharp from 'sharp';
import type { PixelBox } from '../model/screenshot';
import type { Raster } from './raster';
import type { Rgb } from './screen-layout';

/** Text drawn at 3 px per point is comfortably large for the LSTM models. */
const TARGET_SCALE = 2;
const MAX_UPSCALE = 2.5;

/** Shrinks a box by `inset` on every side (to drop a bubble's anti-aliased rim), keeping ≥ 1 px. */
export function insetBox(box: PixelBox, inset: number): PixelBox {
  const dx = Math.min(inset, Math.floor((box.width - 1) / 2));
  const dy = Math.min(inset, Math.floor((box.height - 1) / 2));
  return { x: box.x + dx, y: box.y + dy, width: box.width - 2 * dx, height: box.height - 2 * dy };
}

function greyOf(raster: Raster, box: PixelBox): Uint8Array {
  const grey = new Uint8Array(box.width * box.height);
  let k = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    let i = (y * raster.width + box.x) * 3;
    for (let x = 0; x < box.width; x++, i += 3) {
      grey[k++] = (raster.data[i]! * 299 + raster.data[i + 1]! * 587 + raster.data[i + 2]! * 114) / 1000;
    }
  }
  return grey;
}

/**
 * The screen background showing in a bubble crop's corners (outside its rounded shape), found by
 * flooding from the crop's edge over background-coloured pixels. Text never reaches the edge of a
 * bubble, so it is never flooded; left in, the corners become dark blobs once the crop is inverted.
 */
function outsideShape(raster: Raster, box: PixelBox, shape: BubbleShape): Uint8Array {
  const { width, height } = box;
  const outside = new Uint8Array(width * height);
  const distance = (i: number, c: Rgb) => Math.max(Math.abs(raster.data[i]! - c[0]), Math.abs(raster.data[i + 1]! - c[1]), Math.abs(raster.data[i + 2]! - c[2]));
  // A white bubble on a near-white screen differs by a few levels: a pixel is background only when
  // it is nearer the background than the fill, or the flood would run through the bubble.
  const near = (x: number, y: number) => {
    const i = ((box.y + y) * raster.width + box.x + x) * 3;
    const d = distance(i, shape.background);
    return d <= 12 && d < distance(i, shape.fill);
  };
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const p = y * width + x;
    if (!outside[p] && near(x, y)) {
      outside[p] = 1;
      stack.push(p);
    }
  };
  for (let x = 0; x < width; x++) {
    push(x, 0);
    push(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    push(0, y);
    push(width - 1, y);
  }
  while (stack.length) {
    const p = stack.pop()!;
    const x = p % width;
    const y = (p - x) / width;
    if (x > 0) push(x - 1, y);
    if (x < width - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < height - 1) push(x, y + 1);
  }
  return outside;
}

/** Grows a mask by `r` pixels in every direction (a square window, done row then column). */
function dilated(mask: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    // Two sweeps keep this linear: nearest set pixel to the left, then to the right.
    let last = -Infinity;
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x]) last = x;
      if (x - last <= r) rows[y * width + x] = 1;
    }
    let next = Infinity;
    for (let x = width - 1; x >= 0; x--) {
      if (mask[y * width + x]) next = x;
      if (next - x <= r) rows[y * width + x] = 1;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let x = 0; x < width; x++) {
    let last = -Infinity;
    for (let y = 0; y < height; y++) {
      if (rows[y * width + x]) last = y;
      if (y - last <= r) out[y * width + x] = 1;
    }
    let next = Infinity;
    for (let y = height - 1; y >= 0; y--) {
      if (rows[y * width + x]) next = y;
      if (next - y <= r) out[y * width + x] = 1;
    }
  }
  return out;
}

function commonest(grey: Uint8Array, skip: Uint8Array | null): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < grey.length; i++) if (!skip?.[i]) histogram[grey[i]!]!++;
  let best = 0;
  for (let v = 1; v < 256; v++) if (histogram[v]! > histogram[best]!) best = v;
  return best;
}

/** True when the text is lighter than the ground it is drawn on. */
export function hasLightText(grey: Uint8Array): boolean {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]!++;
  let ground = 0;
  for (let v = 1; v < 256; v++) if (histogram[v]! > histogram[ground]!) ground = v;
  let lighter = 0;
  let darker = 0;
  for (let v = 0; v < 256; v++) {
    if (v > ground + 40) lighter += histogram[v]!;
    else if (v < ground - 40) darker += histogram[v]!;
  }
  return lighter > darker;
}

/** Stretches the grey levels so the 1st–99th percentiles span black to white. */
function stretched(grey: Uint8Array, invert: boolean): Uint8Array {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]!++;
  const percentile = (share: number) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += histogram[v]!) >= share * grey.length) return v;
    return 255;
  };
  const lo = percentile(0.01);
  const hi = Math.max(lo + 1, percentile(0.99));
  const out = new Uint8Array(grey.length);
  for (let i = 0; i < grey.length; i++) {
    const v = Math.min(255, Math.max(0, ((grey[i]! - lo) * 255) / (hi - lo)));
    out[i] = invert ? 255 - v : v;
  }
  return out;
}

/** The region on a white margin, so no text touches the edge. */
function withMargin(grey: Uint8Array, width: number, height: number, margin: number): { data: Uint8Array; width: number; height: number } {
  const w = width + 2 * margin;
  const h = height + 2 * margin;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < height; y++) data.set(grey.subarray(y * width, (y + 1) * width), (y + margin) * w + margin);
  return { data, width: w, height: h };
}

/** A bubble's colours: where the screen background shows inside its crop, the fill is painted. */
export interface BubbleShape {
  background: Rgb;
  fill: Rgb;
}

export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The region's pixels ready for tesseract. `shapeOn`: for a bubble, the colours that tell its shape from the screen. */
export async function regionPixels(raster: Raster, box: PixelBox, pixelsPerPoint: number, shapeOn?: BubbleShape): Promise<GreyImage> {
  const grey = greyOf(raster, box);
  if (shapeOn) {
    // Grown by a point and a half, so the shape's anti-aliased rim goes too; text keeps its padding.
    const outside = dilated(outsideShape(raster, box, shapeOn), box.width, box.height, Math.round(1.5 * pixelsPerPoint));
    const fill = commonest(grey, outside);
    for (let i = 0; i < grey.length; i++) if (outside[i]) grey[i] = fill;
  }
  const factor = Math.min(MAX_UPSCALE, TARGET_SCALE / pixelsPerPoint);
  const padded = withMargin(stretched(grey, hasLightText(grey)), box.width, box.height, Math.round(6 * pixelsPerPoint));
  if (Math.abs(factor - 1) <= 0.05) return padded;
  const width = Math.round(padded.width * factor);
  const height = Math.round(padded.height * factor);
  const resized = await sharp(padded.data, { raw: { width: padded.width, height: padded.height, channels: 1 } })
    .resize(width, height, { kernel: 'lanczos3' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { data: resized, width, height };
}

/** The region ready for tesseract, as a PGM image. */
export async function regionImage(raster: Raster, box: PixelBox, pixelsPerPoint: number, shapeOn?: BubbleShape): Promise<Buffer> {
  return portableGreyMap(await regionPixels(raster, box, pixelsPerPoint, shapeOn));
}

/**
 * A binary PGM: tesseract's image library reads it as it stands, where a PNG would be compressed
 * here only to be decompressed again inside the worker.
 */
export function portableGreyMap(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, image.data]);
}
