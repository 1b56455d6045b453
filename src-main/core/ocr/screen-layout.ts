// SPDX-License-Identifier: MIT
// Where things are on a message-app screen, from the pixels alone: the chat background, the
// bubbles (solid filled shapes anchored to the left or right edge), and the lines of text drawn
// straight on the background (status bar, header, time separators, the input bar's hint). Reading
// each region separately is what lets OCR say who sent what and when; a page-level OCR only gives
// a soup of lines. Nothing here depends on one app: the same rules hold for iPhone and the Android
// apps in light and dark themes, at any scale, through JPEG noise.
import type { PixelBox } from '../model/screenshot';
import type { Raster } from './raster';
import { filledComponents, type Component } from './filled-components';

export type Rgb = readonly [number, number, number];

export interface Bubble {
  box: PixelBox;
  side: 'in' | 'out';
  fill: Rgb;
  /** Runs off the top or bottom of the visible list (its rounded corners are cut away). */
  partial: boolean;
}

export interface TextBand {
  box: PixelBox;
}

export interface ScreenLayout {
  /** Image pixels per point (iPhone) or dp (Android), from the width. */
  scale: number;
  background: Rgb;
  dark: boolean;
  /** In screen order. */
  bubbles: Bubble[];
  /** Lines of text on the background, in screen order, with bubbles masked out. */
  bands: TextBand[];
}

/** Phones are 360–430 points wide; 390 is the commonest. */
const POINTS_WIDE = 390;
/** A colour this far (max channel difference) from the background is something drawn on it. */
const INK_DIFFERENCE = 9;

export function luminance([r, g, b]: Rgb): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** The commonest colour of the middle of the screen, where the conversation is. */
export function backgroundColour(raster: Raster): Rgb {
  const { width, height, data } = raster;
  const counts = new Map<number, { n: number; r: number; g: number; b: number }>();
  const step = Math.max(1, Math.round(width / 200));
  for (let y = Math.round(height * 0.15); y < height * 0.85; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 3;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      const bucket = counts.get(key);
      if (bucket) {
        bucket.n++;
        bucket.r += r;
        bucket.g += g;
        bucket.b += b;
      } else counts.set(key, { n: 1, r, g, b });
    }
  }
  let best = { n: 0, r: 255, g: 255, b: 255 };
  for (const bucket of counts.values()) if (bucket.n > best.n) best = bucket;
  return [Math.round(best.r / best.n), Math.round(best.g / best.n), Math.round(best.b / best.n)];
}

/** 1 where a pixel differs from the background. */
function inkMask(raster: Raster, background: Rgb): Uint8Array {
  const { width, height, data } = raster;
  const mask = new Uint8Array(width * height);
  const [br, bg, bb] = background;
  for (let p = 0, i = 0; p < mask.length; p++, i += 3) {
    const d = Math.max(Math.abs(data[i]! - br), Math.abs(data[i + 1]! - bg), Math.abs(data[i + 2]! - bb));
    mask[p] = d > INK_DIFFERENCE ? 1 : 0;
  }
  return mask;
}

function meanColour(raster: Raster, box: PixelBox, mask: Uint8Array): Rgb {
  // The fill is the commonest ink colour inside the box; text is a minority of its pixels.
  const counts = new Map<number, number>();
  const { width, data } = raster;
  const step = Math.max(1, Math.round(Math.min(box.width, box.height) / 40));
  for (let y = box.y; y < box.y + box.height; y += step) {
    for (let x = box.x; x < box.x + box.width; x += step) {
      const p = y * width + x;
      if (!mask[p]) continue;
      const i = p * 3;
      const key = ((data[i]! >> 2) << 12) | ((data[i + 1]! >> 2) << 6) | (data[i + 2]! >> 2);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let bestKey = 0;
  let bestN = -1;
  for (const [key, n] of counts) if (n > bestN) [bestKey, bestN] = [key, n];
  return [((bestKey >> 12) & 63) * 4 + 2, ((bestKey >> 6) & 63) * 4 + 2, (bestKey & 63) * 4 + 2];
}

function boxOf(c: Component, cell: number, raster: Raster): PixelBox {
  const x = c.x0 * cell;
  const y = c.y0 * cell;
  return {
    x,
    y,
    width: Math.min(raster.width, (c.x1 + 1) * cell) - x,
    height: Math.min(raster.height, (c.y1 + 1) * cell) - y,
  };
}

function overlapsVertically(a: PixelBox, b: PixelBox): boolean {
  return a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Which filled shapes are message bubbles: big enough for one line of text, anchored to one side
 * (a shape centred on the screen is an avatar in the header, a banner or the input field), and not
 * a round avatar standing beside a bubble.
 */
function pickBubbles(components: Component[], cell: number, raster: Raster, scale: number): { box: PixelBox; cut: { top: boolean; bottom: boolean } }[] {
  const W = raster.width;
  const candidates = components
    .map((c) => ({ c, box: boxOf(c, cell, raster) }))
    .filter(({ c, box }) => {
      if (box.width < 24 * scale || box.height < 20 * scale) return false;
      if (box.width > W * 0.9) return false;
      const density = c.cells / ((c.x1 - c.x0 + 1) * (c.y1 - c.y0 + 1));
      if (density < 0.5) return false;
      const left = box.x;
      const right = W - box.x - box.width;
      return Math.abs(left - right) > W * 0.06;
    });
  return candidates
    .filter(({ box }) => {
      const roundish = Math.abs(box.width - box.height) < 0.2 * Math.max(box.width, box.height) && box.width < 56 * scale;
      if (!roundish) return true;
      // An avatar sits beside its bubble; bubbles never stand side by side.
      return !candidates.some((o) => o.box !== box && overlapsVertically(o.box, box) && o.box.width > box.width);
    })
    .map(({ c, box }) => ({ box, cut: c.cut }));
}

/** Rows of ink outside the bubbles, grouped into lines separated by blank rows. */
function textBands(mask: Uint8Array, raster: Raster, bubbles: readonly PixelBox[], scale: number, margin: number): TextBand[] {
  const { width, height } = raster;
  const rowInk = new Int32Array(height);
  const rowMin = new Int32Array(height).fill(width);
  const rowMax = new Int32Array(height).fill(-1);
  const covered = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    covered.fill(0);
    // The grid's boxes sit up to a cell inside the shape's anti-aliased edge.
    for (const b of bubbles) if (y >= b.y - margin && y < b.y + b.height + margin) covered.fill(1, Math.max(0, b.x - margin), b.x + b.width + margin);
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!mask[row + x] || covered[x]) continue;
      rowInk[y]!++;
      if (x < rowMin[y]!) rowMin[y] = x;
      rowMax[y] = x;
    }
  }
  const bands: TextBand[] = [];
  const gap = Math.max(2, Math.round(3 * scale));
  const minInk = Math.max(1, Math.round(scale));
  let start = -1;
  let last = -1;
  let x0 = width;
  let x1 = -1;
  const close = () => {
    if (start < 0) return;
    const h = last - start + 1;
    if (h >= 6 * scale && x1 - x0 >= 4 * scale) bands.push({ box: { x: x0, y: start, width: x1 - x0 + 1, height: h } });
    start = -1;
    x0 = width;
    x1 = -1;
  };
  for (let y = 0; y < height; y++) {
    if (rowInk[y]! >= minInk) {
      if (start >= 0 && y - last > gap) close();
      if (start < 0) start = y;
      last = y;
      x0 = Math.min(x0, rowMin[y]!);
      x1 = Math.max(x1, rowMax[y]!);
    }
  }
  close();
  return bands;
}

export function analyseLayout(raster: Raster): ScreenLayout {
  const scale = Math.min(4, Math.max(1, raster.width / POINTS_WIDE));
  const background = backgroundColour(raster);
  const mask = inkMask(raster, background);
  const cell = Math.max(2, Math.round(2.5 * scale));
  const picked = pickBubbles(filledComponents(mask, raster.width, raster.height, cell), cell, raster, scale);
  const bubbles: Bubble[] = picked
    .map(({ box, cut }) => ({
      box,
      side: box.x < raster.width - box.x - box.width ? ('in' as const) : ('out' as const),
      fill: meanColour(raster, box, mask),
      partial: cut.top || cut.bottom,
    }))
    .sort((a, b) => a.box.y - b.box.y);
  const bands = textBands(mask, raster, bubbles.map((b) => b.box), scale, cell + 1);
  return { scale, background, dark: luminance(background) < 100, bubbles, bands };
}
