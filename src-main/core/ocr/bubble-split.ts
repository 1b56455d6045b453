// SPDX-License-Identifier: MIT
// Consecutive bubbles of one sender stand a couple of points apart. Recompression smears that gap
// into the fill colour's neighbourhood, and the coarse grid then joins the two shapes into one.
// Rows across the gap hold almost none of the fill colour, while rows of text inside a bubble still
// do around the letters, so a shape is cut wherever such a gap row lies between two tall parts.
import type { PixelBox } from '../model/screenshot';
import type { Raster } from './raster';
import type { Rgb } from './screen-layout';

/** A gap row holds less than this share of fill-coloured pixels. */
const GAP_SHARE = 0.12;

function distance(data: Buffer, i: number, c: Rgb): number {
  return Math.max(Math.abs(data[i]! - c[0]), Math.abs(data[i + 1]! - c[1]), Math.abs(data[i + 2]! - c[2]));
}

/** Fill-coloured pixels per row, and the first and last such column of each row. */
function fillRows(raster: Raster, box: PixelBox, fill: Rgb, background: Rgb): { share: Float64Array; from: Int32Array; to: Int32Array } {
  const share = new Float64Array(box.height);
  const from = new Int32Array(box.height).fill(-1);
  const to = new Int32Array(box.height).fill(-1);
  for (let r = 0; r < box.height; r++) {
    let n = 0;
    let i = ((box.y + r) * raster.width + box.x) * 3;
    for (let c = 0; c < box.width; c++, i += 3) {
      const f = distance(raster.data, i, fill);
      if (f <= 24 && f < distance(raster.data, i, background)) {
        n++;
        if (from[r] === -1) from[r] = c;
        to[r] = c;
      }
    }
    share[r] = n / box.width;
  }
  return { share, from, to };
}

/** The box split at gap rows into parts at least `minHeight` tall, each narrowed to its own fill. */
export function splitJoinedBubbles(raster: Raster, box: PixelBox, fill: Rgb, background: Rgb, minHeight: number): PixelBox[] {
  if (box.height < 2 * minHeight) return [box];
  const { share, from, to } = fillRows(raster, box, fill, background);
  const parts: PixelBox[] = [];
  let top = 0;
  let r = 0;
  while (r < box.height) {
    if (share[r]! >= GAP_SHARE) {
      r++;
      continue;
    }
    let end = r;
    while (end < box.height && share[end]! < GAP_SHARE) end++;
    // Only a gap with a tall enough part above (since the last cut) and below it splits.
    if (r - top >= minHeight && box.height - end >= minHeight) {
      parts.push({ ...box, y: box.y + top, height: r - top });
      top = end;
    }
    r = end;
  }
  if (parts.length === 0) return [box];
  parts.push({ ...box, y: box.y + top, height: box.height - top });
  return parts.map((part) => narrowed(part, box, from, to));
}

function narrowed(part: PixelBox, whole: PixelBox, from: Int32Array, to: Int32Array): PixelBox {
  let left = Infinity;
  let right = -1;
  for (let r = part.y - whole.y; r < part.y - whole.y + part.height; r++) {
    if (from[r]! >= 0 && from[r]! < left) left = from[r]!;
    if (to[r]! > right) right = to[r]!;
  }
  if (right < 0) return part;
  return { x: whole.x + left, y: part.y, width: right - left + 1, height: part.height };
}

/** Fill-coloured pixels of one row of the box, from its first to its last, as a share of the width. */
function fillSpan(raster: Raster, box: PixelBox, y: number, fill: Rgb, background: Rgb): number {
  let first = -1;
  let last = -1;
  for (let x = box.x; x < box.x + box.width; x++) {
    const i = (y * raster.width + x) * 3;
    const f = distance(raster.data, i, fill);
    if (f <= 24 && f < distance(raster.data, i, background)) {
      if (first < 0) first = x;
      last = x;
    }
  }
  return first < 0 ? 0 : (last - first + 1) / box.width;
}

/**
 * Whether the bubble's shape ends straight at its top or bottom: the screen edge (or the header
 * drawn over the list) cut it there, where a whole bubble is rounded. Measured one pixel inside
 * the shape's real edge, found from the middle column outward.
 */
export function cutEdges(raster: Raster, box: PixelBox, fill: Rgb, background: Rgb): { top: boolean; bottom: boolean } {
  const middle = box.x + Math.floor(box.width / 2);
  const isFill = (y: number) => {
    const i = (y * raster.width + middle) * 3;
    const f = distance(raster.data, i, fill);
    return f <= 24 && f < distance(raster.data, i, background);
  };
  const straight = (from: number, step: 1 | -1) => {
    let y = from;
    while (y + step >= 0 && y + step < raster.height && isFill(y + step)) y += step;
    const probe = y - step;
    return probe >= 0 && probe < raster.height && fillSpan(raster, box, probe, fill, background) >= 0.97;
  };
  return { top: straight(box.y, -1), bottom: straight(box.y + box.height - 1, 1) };
}
