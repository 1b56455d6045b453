// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { SAFE_MAX_SCROLL_HEIGHT, computeWindow, scrollTopToReveal } from '../../../src-renderer/components/virtual-window';

const ROW = 56;
const VIEWPORT = 600;
const MILLION = 1_000_000;

/** Where row i is drawn, in spacer pixels, relative to the top of the viewport. */
function onScreenTop(win: ReturnType<typeof computeWindow>, scrollTop: number, index: number): number {
  return win.offsetY + (index - win.start) * ROW - scrollTop;
}

describe('computeWindow without scaling', () => {
  const total = 10_000;

  it('draws the first screen plus overscan at the top', () => {
    const win = computeWindow({ total, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 0, overscan: 4 });
    expect(win.ratio).toBe(1);
    expect(win.scrollHeight).toBe(total * ROW);
    expect(win.firstVisible).toBe(0);
    expect(win.lastVisible).toBe(Math.ceil(VIEWPORT / ROW));
    expect(win.start).toBe(0);
    expect(win.end).toBe(Math.ceil(VIEWPORT / ROW) + 4);
    expect(win.offsetY).toBe(0);
  });

  it('places rows at index × rowHeight in the middle', () => {
    const scrollTop = 5_000 * ROW + 10;
    const win = computeWindow({ total, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop, overscan: 2 });
    expect(win.firstVisible).toBe(5_000);
    expect(win.start).toBe(4_998);
    expect(win.offsetY).toBe(4_998 * ROW);
    expect(onScreenTop(win, scrollTop, 5_000)).toBe(-10);
  });

  it('draws nothing for an empty list', () => {
    const win = computeWindow({ total: 0, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 0 });
    expect(win).toMatchObject({ start: 0, end: 0, scrollHeight: 0 });
  });

  it('clamps a scrollTop beyond the end (the list got shorter)', () => {
    const win = computeWindow({ total: 100, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 1e9, overscan: 0 });
    expect(win.end).toBe(100);
    expect(win.lastVisible).toBe(100);
  });
});

describe('computeWindow for a million rows (scaled)', () => {
  const base = { total: MILLION, rowHeight: ROW, viewportHeight: VIEWPORT, overscan: 3 };
  const scrollRange = SAFE_MAX_SCROLL_HEIGHT - VIEWPORT;

  it('caps the spacer height below what Chromium can lay out', () => {
    const win = computeWindow({ ...base, scrollTop: 0 });
    expect(MILLION * ROW).toBeGreaterThan(33_554_428);
    expect(win.scrollHeight).toBe(SAFE_MAX_SCROLL_HEIGHT);
    expect(win.ratio).toBeCloseTo((MILLION * ROW - VIEWPORT) / scrollRange, 9);
  });

  it('shows row 0 at the top of the viewport when scrolled to the top', () => {
    const win = computeWindow({ ...base, scrollTop: 0 });
    expect(win.start).toBe(0);
    expect(win.firstVisible).toBe(0);
    expect(onScreenTop(win, 0, 0)).toBe(0);
  });

  it('shows the middle of the list at half the scroll range', () => {
    const scrollTop = scrollRange / 2;
    const win = computeWindow({ ...base, scrollTop });
    const realTop = (MILLION * ROW - VIEWPORT) / 2;
    const first = Math.floor(realTop / ROW);
    expect(win.firstVisible).toBe(first);
    expect(win.start).toBe(first - 3);
    expect(win.end - win.start).toBeLessThanOrEqual(Math.ceil(VIEWPORT / ROW) + 1 + 6);
    // Row `first` straddles the viewport's top edge by the part of it already scrolled past.
    expect(onScreenTop(win, scrollTop, first)).toBeCloseTo(first * ROW - realTop, 6);
    expect(onScreenTop(win, scrollTop, first)).toBeLessThanOrEqual(0);
    expect(onScreenTop(win, scrollTop, first)).toBeGreaterThan(-ROW);
  });

  it('ends with the last row flush with the bottom of the spacer', () => {
    const scrollTop = scrollRange;
    const win = computeWindow({ ...base, scrollTop });
    expect(win.end).toBe(MILLION);
    expect(win.lastVisible).toBe(MILLION);
    const lastBottom = win.offsetY + (MILLION - win.start) * ROW;
    expect(lastBottom).toBeCloseTo(SAFE_MAX_SCROLL_HEIGHT, 3);
    expect(onScreenTop(win, scrollTop, MILLION - 1)).toBeCloseTo(VIEWPORT - ROW, 3);
  });

  it('keeps the rendered rows to about one screen wherever the list is', () => {
    for (const fraction of [0, 0.1, 0.37, 0.5, 0.999, 1]) {
      const win = computeWindow({ ...base, scrollTop: scrollRange * fraction });
      expect(win.end - win.start).toBeLessThanOrEqual(Math.ceil(VIEWPORT / ROW) + 1 + 6);
      expect(win.end).toBeGreaterThan(win.start);
    }
  });
});

describe('scrollTopToReveal', () => {
  it('leaves the scroll position alone for a row already in view', () => {
    const input = { total: 10_000, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 1000 };
    expect(scrollTopToReveal(input, 20)).toBe(1000);
  });

  it('scrolls down just enough to show a row below the viewport', () => {
    const input = { total: 10_000, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 0 };
    expect(scrollTopToReveal(input, 20)).toBe(21 * ROW - VIEWPORT);
  });

  it('scrolls up to put a row above the viewport at the top', () => {
    const input = { total: 10_000, rowHeight: ROW, viewportHeight: VIEWPORT, scrollTop: 100 * ROW };
    expect(scrollTopToReveal(input, 50)).toBe(50 * ROW);
  });

  it('reveals rows fully in the scaled case too', () => {
    const scrollRange = SAFE_MAX_SCROLL_HEIGHT - VIEWPORT;
    const base = { total: MILLION, rowHeight: ROW, viewportHeight: VIEWPORT, overscan: 0 };
    for (const index of [0, 1, 123_456, 500_000, MILLION - 1]) {
      const scrollTop = scrollTopToReveal({ ...base, scrollTop: index < 500_000 ? scrollRange : 0 }, index);
      expect(scrollTop).toBeGreaterThanOrEqual(0);
      expect(scrollTop).toBeLessThanOrEqual(scrollRange);
      const win = computeWindow({ ...base, scrollTop });
      const top = onScreenTop(win, scrollTop, index);
      expect(top).toBeGreaterThanOrEqual(-1e-6);
      expect(top + ROW).toBeLessThanOrEqual(VIEWPORT + 1e-6);
    }
  });
});
