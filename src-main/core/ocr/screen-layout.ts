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
import { cutEdges, splitJoinedBubbles } from './bubble-split';

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
  /** The band cut at wide blank gaps (a header's back arrow, name and buttons), left to right. */
  segments: PixelBox[];
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

/**
 * The chat background: the commonest colour along the screen's left and right edges in the middle
 * of the screen. Bubbles keep a margin from the edges, so the edges show the background even when
 * bubbles cover most of the screen (a thread of long grey messages on white).
 */
export function backgroundColour(raster: Raster): Rgb {
  const { width, height, data } = raster;
  const counts = new Map<number, { n: number; r: number; g: number; b: number }>();
  const edge = Math.max(2, Math.round(width / 100));
  const columns = [...Array.from({ length: edge }, (_, i) => i), ...Array.from({ length: edge }, (_, i) => width - 1 - i)];
  for (let y = Math.round(height * 0.15); y < height * 0.85; y++) {
    for (const x of columns) {
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

/** A round avatar or button: as wide as tall and no bigger than an avatar. */
function isDisc(box: PixelBox, scale: number): boolean {
  return Math.abs(box.width - box.height) <= 0.1 * Math.max(box.width, box.height) && box.width <= 64 * scale;
}

/**
 * The input bar at the foot of the screen: the lowest wide shape reaching into the bottom few
 * percent of it (the text field, with the buttons beside it). A message is never that low, since the
 * input bar itself sits under the last one.
 */
function inputBarTop(shapes: readonly PixelBox[], raster: Raster): number {
  let top = raster.height;
  for (const box of shapes) {
    if (box.y + box.height > raster.height * 0.92 && box.width >= raster.width * 0.4) top = Math.min(top, box.y);
  }
  return top;
}

/**
 * Which filled shapes are message bubbles: big enough for one line of text, narrower than the
 * screen (full-width shapes are bars), not round (avatars, buttons), and above the input bar.
 */
function pickBubbles(components: Component[], cell: number, raster: Raster, scale: number): { bubbles: { box: PixelBox; cut: { top: boolean; bottom: boolean } }[]; discs: PixelBox[] } {
  const shapes = components
    .map((c) => ({ c, box: boxOf(c, cell, raster) }))
    .filter(({ c, box }) => {
      if (box.width < 24 * scale || box.height < 20 * scale) return false;
      if (box.width > raster.width * 0.9) return false;
      return c.cells / ((c.x1 - c.x0 + 1) * (c.y1 - c.y0 + 1)) >= 0.5;
    });
  const barTop = inputBarTop(shapes.map((s) => s.box), raster);
  return {
    bubbles: shapes.filter(({ box }) => !isDisc(box, scale) && box.y + box.height <= barTop).map(({ c, box }) => ({ box, cut: c.cut })),
    discs: shapes.filter(({ box }) => isDisc(box, scale)).map(({ box }) => box),
  };
}

/** Rows of ink outside the bubbles, grouped into lines separated by blank rows. */
/** Splits a band where its columns are blank for `14` points or more. */
function segmentsOf(mask: Uint8Array, width: number, box: PixelBox, scale: number): PixelBox[] {
  const inkColumns = new Uint8Array(box.width);
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) if (mask[y * width + x]) inkColumns[x - box.x] = 1;
  }
  const gap = 14 * scale;
  const segments: PixelBox[] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i <= box.width; i++) {
    const ink = i < box.width && inkColumns[i] === 1;
    if (!ink) continue;
    if (start >= 0 && i - last > gap) {
      segments.push({ x: box.x + start, y: box.y, width: last - start + 1, height: box.height });
      start = -1;
    }
    if (start < 0) start = i;
    last = i;
  }
  if (start >= 0) segments.push({ x: box.x + start, y: box.y, width: last - start + 1, height: box.height });
  return segments;
}

/** The commonest colour of a row's uncovered pixels (sampled), packed as 0xRRGGBB. */
function rowGround(raster: Raster, y: number, covered: Uint8Array): Rgb {
  const counts = new Map<number, number>();
  const { width, data } = raster;
  for (let x = 0; x < width; x += 3) {
    if (covered[x]) continue;
    const i = (y * width + x) * 3;
    const key = ((data[i]! >> 2) << 12) | ((data[i + 1]! >> 2) << 6) | (data[i + 2]! >> 2);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bestKey = -1;
  let bestN = 0;
  for (const [key, n] of counts) if (n > bestN) [bestKey, bestN] = [key, n];
  if (bestKey < 0) return [0, 0, 0];
  return [((bestKey >> 12) & 63) * 4 + 2, ((bestKey >> 6) & 63) * 4 + 2, (bestKey & 63) * 4 + 2];
}

/**
 * Ink outside the bubbles, measured against each row's own ground rather than the chat's: a
 * header drawn on its own tinted bar (iPhone dark mode, many Android skins) then shows its lines
 * of text instead of one solid block.
 */
function labelInk(raster: Raster, blocked: readonly PixelBox[]): Uint8Array {
  const { width, height, data } = raster;
  const ink = new Uint8Array(width * height);
  const covered = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    covered.fill(0);
    for (const b of blocked) if (y >= b.y && y < b.y + b.height) covered.fill(1, b.x, b.x + b.width);
    const [gr, gg, gb] = rowGround(raster, y, covered);
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (covered[x]) continue;
      const i = (row + x) * 3;
      const d = Math.max(Math.abs(data[i]! - gr), Math.abs(data[i + 1]! - gg), Math.abs(data[i + 2]! - gb));
      if (d > INK_DIFFERENCE + 6) ink[row + x] = 1;
    }
  }
  return ink;
}

function textBands(raster: Raster, shapes: readonly PixelBox[], scale: number, margin: number): TextBand[] {
  const blocked = shapes.map((b) => ({ x: Math.max(0, b.x - margin), y: b.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin }));
  const { width, height } = raster;
  const mask = labelInk(raster, blocked);
  const rowInk = new Int32Array(height);
  const rowMin = new Int32Array(height).fill(width);
  const rowMax = new Int32Array(height).fill(-1);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!mask[row + x]) continue;
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
    if (h >= 6 * scale && x1 - x0 >= 4 * scale) {
      const box = { x: x0, y: start, width: x1 - x0 + 1, height: h };
      bands.push({ box, segments: segmentsOf(mask, width, box, scale) });
    }
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
  const bubbles: Bubble[] = picked.bubbles
    .flatMap(({ box, cut }) => {
      const fill = meanColour(raster, box, mask);
      const parts = splitJoinedBubbles(raster, box, fill, background, Math.round(20 * scale));
      return parts.map((part, i) => {
        const edges = cutEdges(raster, part, fill, background);
        return {
          box: part,
          side: part.x < raster.width - part.x - part.width ? ('in' as const) : ('out' as const),
          fill,
          partial: (i === 0 && (cut.top || edges.top)) || (i === parts.length - 1 && (cut.bottom || edges.bottom)),
        };
      });
    })
    .sort((a, b) => a.box.y - b.box.y);
  // Avatars are masked out with the bubbles: they are not text. The grid's boxes sit up to a cell
  // inside a shape's anti-aliased edge, hence the margin.
  const bands = textBands(raster, [...bubbles.map((b) => b.box), ...picked.discs], scale, cell + 1);
  return { scale, background, dark: luminance(background) < 100, bubbles, bands };
}
