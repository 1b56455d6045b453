// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { PageCache } from '../../../src-renderer/state/page-cache';

function rowsOf(page: number, size: number): number[] {
  return Array.from({ length: size }, (_, k) => page * size + k);
}

describe('PageCache', () => {
  it('asks for the pages that cover the visible rows', () => {
    const cache = new PageCache<number>(200, 10);
    expect(cache.pagesToFetch(0, 30, null)).toEqual([0]);
    expect(cache.pagesToFetch(190, 230, null)).toEqual([0, 1]);
    expect(cache.pagesToFetch(499_990, 500_020, 1_000_000)).toEqual([2499, 2500]);
  });

  it('does not ask for pages past the end of the result', () => {
    const cache = new PageCache<number>(200, 10);
    expect(cache.pagesToFetch(350, 450, 400)).toEqual([1]);
    expect(cache.pagesToFetch(400, 450, 400)).toEqual([]);
    expect(cache.pagesToFetch(0, 10, 0)).toEqual([]);
  });

  it('does not ask twice for a page in flight or held, and asks again after a failure', () => {
    const cache = new PageCache<number>(200, 10);
    cache.markPending(0);
    expect(cache.pagesToFetch(0, 300, null)).toEqual([1]);
    cache.store(0, rowsOf(0, 200));
    cache.markPending(1);
    expect(cache.pagesToFetch(0, 300, null)).toEqual([]);
    cache.abandon(1);
    expect(cache.pagesToFetch(0, 300, null)).toEqual([1]);
  });

  it('finds a row by its index in the whole result', () => {
    const cache = new PageCache<number>(200, 10);
    cache.store(3, rowsOf(3, 200));
    expect(cache.row(600)).toBe(600);
    expect(cache.row(799)).toBe(799);
    expect(cache.row(800)).toBeUndefined();
    expect(cache.row(599)).toBeUndefined();
  });

  it('evicts the pages farthest from the window once more than maxPages are held', () => {
    const cache = new PageCache<number>(100, 3);
    for (const page of [0, 1, 2, 3, 10]) cache.store(page, rowsOf(page, 100));
    // Window on page 3: page 0 is 3 away, page 10 is 7 away; both must go to get back to 3 pages.
    expect(cache.evictAround(300, 330).sort((a, b) => a - b)).toEqual([0, 10]);
    expect(cache.pageCount).toBe(3);
    expect(cache.has(3)).toBe(true);
    expect(cache.has(2)).toBe(true);
    expect(cache.has(1)).toBe(true);
  });

  it('never evicts a page the window overlaps, even over the limit', () => {
    const cache = new PageCache<number>(100, 1);
    cache.store(4, rowsOf(4, 100));
    cache.store(5, rowsOf(5, 100));
    cache.store(9, rowsOf(9, 100));
    expect(cache.evictAround(450, 560)).toEqual([9]);
    expect(cache.has(4) && cache.has(5)).toBe(true);
  });

  it('keeps everything while within the limit', () => {
    const cache = new PageCache<number>(100, 5);
    cache.store(0, rowsOf(0, 100));
    cache.store(40, rowsOf(40, 100));
    expect(cache.evictAround(4000, 4020)).toEqual([]);
  });

  it('forgets rows and requests in flight on clear', () => {
    const cache = new PageCache<number>(100, 5);
    cache.store(0, rowsOf(0, 100));
    cache.markPending(1);
    cache.clear();
    expect(cache.row(5)).toBeUndefined();
    expect(cache.pagesToFetch(0, 150, null)).toEqual([0, 1]);
  });

  it('replaces rows held in place and counts them, without asking for any page again', () => {
    const cache = new PageCache<{ id: number; starred: boolean }>(3, 10);
    cache.store(0, [0, 1, 2].map((id) => ({ id, starred: false })));
    cache.store(2, [6, 7, 8].map((id) => ({ id, starred: false })));
    const untouched = cache.row(6);
    const ids = new Set([1, 7, 42]);
    expect(cache.updateRows((row) => (ids.has(row.id) ? { ...row, starred: true } : row))).toBe(2);
    expect(cache.row(1)).toEqual({ id: 1, starred: true });
    expect(cache.row(7)).toEqual({ id: 7, starred: true });
    expect(cache.row(6)).toBe(untouched);
    expect(cache.pagesToFetch(0, 9, 9)).toEqual([1]);
    expect(cache.updateRows((row) => row)).toBe(0);
  });
});
