// SPDX-License-Identifier: MIT
// Which rows of a fixed-height list to draw, and where. Chromium caps an element's height near
// 33.5M px, so past SAFE_MAX_SCROLL_HEIGHT the scrollbar covers a shorter spacer and every scroll
// pixel stands for `ratio` content pixels; rows are then drawn relative to the mapped position.

export const SAFE_MAX_SCROLL_HEIGHT = 10_000_000;

export interface ViewportInput {
  total: number;
  rowHeight: number;
  viewportHeight: number;
  scrollTop: number;
  overscan?: number;
  maxScrollHeight?: number;
}

export interface VirtualWindow {
  /** First row to draw (inclusive) and the row after the last one (exclusive), overscan included. */
  start: number;
  end: number;
  /** Rows actually inside the viewport, [firstVisible, lastVisible). */
  firstVisible: number;
  lastVisible: number;
  /** Height of the spacer that gives the scrollbar its range. */
  scrollHeight: number;
  /** Where row `start` is drawn, in spacer pixels; row i sits at offsetY + (i - start) * rowHeight. */
  offsetY: number;
  /** Content pixels per scroll pixel: 1 unless the list is taller than the spacer may be. */
  ratio: number;
}

interface Geometry {
  realHeight: number;
  scrollHeight: number;
  scrollRange: number;
  ratio: number;
}

function geometry(input: ViewportInput): Geometry {
  const max = input.maxScrollHeight ?? SAFE_MAX_SCROLL_HEIGHT;
  const total = Math.max(0, input.total);
  const viewport = Math.max(0, input.viewportHeight);
  const realHeight = total * input.rowHeight;
  const scrollHeight = Math.min(realHeight, max);
  const realRange = Math.max(0, realHeight - viewport);
  const scrollRange = Math.max(0, scrollHeight - viewport);
  const ratio = scrollRange > 0 ? realRange / scrollRange : 1;
  return { realHeight, scrollHeight, scrollRange, ratio };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export function computeWindow(input: ViewportInput): VirtualWindow {
  const { rowHeight } = input;
  const total = Math.max(0, input.total);
  const overscan = input.overscan ?? 4;
  const geo = geometry(input);
  const scrollTop = clamp(input.scrollTop, 0, geo.scrollRange);
  const realTop = scrollTop * geo.ratio;

  const firstVisible = Math.min(total, Math.floor(realTop / rowHeight));
  const lastVisible = Math.min(total, Math.ceil((realTop + Math.max(0, input.viewportHeight)) / rowHeight));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(total, lastVisible + overscan);

  return {
    start,
    end,
    firstVisible,
    lastVisible,
    scrollHeight: geo.scrollHeight,
    offsetY: scrollTop + start * rowHeight - realTop,
    ratio: geo.ratio,
  };
}

/**
 * The scrollTop that brings row `index` fully into view with the least movement; the current
 * scrollTop when it already is. Rounds away from the row's edge because Chromium may snap
 * scrollTop to whole pixels, which in the scaled case is several content pixels.
 */
export function scrollTopToReveal(input: ViewportInput, index: number): number {
  const geo = geometry(input);
  const scrollTop = clamp(input.scrollTop, 0, geo.scrollRange);
  const realTop = scrollTop * geo.ratio;
  const viewport = Math.max(0, input.viewportHeight);
  const rowTop = index * input.rowHeight;
  const rowBottom = rowTop + input.rowHeight;

  if (rowTop < realTop) return clamp(Math.floor(rowTop / geo.ratio), 0, geo.scrollRange);
  if (rowBottom > realTop + viewport) {
    return clamp(Math.ceil((rowBottom - viewport) / geo.ratio), 0, geo.scrollRange);
  }
  return scrollTop;
}
