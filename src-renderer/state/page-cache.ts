// SPDX-License-Identifier: MIT
// Rows of a long result fetched in fixed-size pages on demand. Only a bounded number of pages is
// kept: a million-row list must not grow the page's memory as the user scrolls through it.

export class PageCache<T> {
  readonly pageSize: number;
  readonly maxPages: number;
  readonly #pages = new Map<number, T[]>();
  readonly #pending = new Set<number>();

  constructor(pageSize: number, maxPages: number) {
    if (pageSize < 1 || maxPages < 1) throw new RangeError('pageSize and maxPages must be positive');
    this.pageSize = pageSize;
    this.maxPages = maxPages;
  }

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  /** Pages overlapping rows [start, end); `total` (when known) trims pages past the end. */
  pagesCovering(start: number, end: number, total: number | null): number[] {
    const last = total === null ? end : Math.min(end, total);
    if (last <= start) return [];
    const pages: number[] = [];
    for (let page = this.pageOf(Math.max(0, start)); page <= this.pageOf(last - 1); page++) pages.push(page);
    return pages;
  }

  /** Pages rows [start, end) need that are neither held nor already requested. */
  pagesToFetch(start: number, end: number, total: number | null): number[] {
    return this.pagesCovering(start, end, total).filter((page) => !this.#pages.has(page) && !this.#pending.has(page));
  }

  markPending(page: number): void {
    this.#pending.add(page);
  }

  store(page: number, rows: T[]): void {
    this.#pending.delete(page);
    this.#pages.set(page, rows);
  }

  /** A request that failed: forget it so that the next pass may ask again. */
  abandon(page: number): void {
    this.#pending.delete(page);
  }

  row(index: number): T | undefined {
    return this.#pages.get(this.pageOf(index))?.[index % this.pageSize];
  }

  /**
   * Replaces rows held in place (a change the user made to them), without fetching any page again.
   * `update` returns the row itself when it does not change; the count of changed rows comes back.
   */
  updateRows(update: (row: T) => T): number {
    let changed = 0;
    for (const [page, rows] of this.#pages) {
      let copy: T[] | null = null;
      rows.forEach((row, i) => {
        const next = update(row);
        if (next === row) return;
        copy ??= [...rows];
        copy[i] = next;
        changed += 1;
      });
      if (copy) this.#pages.set(page, copy);
    }
    return changed;
  }

  has(page: number): boolean {
    return this.#pages.has(page);
  }

  get pageCount(): number {
    return this.#pages.size;
  }

  /**
   * Drops the pages farthest from rows [start, end) until at most maxPages remain; pages the
   * window overlaps are never dropped. Returns the dropped page numbers.
   */
  evictAround(start: number, end: number): number[] {
    if (this.#pages.size <= this.maxPages) return [];
    const first = this.pageOf(Math.max(0, start));
    const last = this.pageOf(Math.max(start, end - 1));
    const distance = (page: number) => (page < first ? first - page : page > last ? page - last : 0);
    const candidates = [...this.#pages.keys()]
      .filter((page) => distance(page) > 0)
      .sort((a, b) => distance(b) - distance(a));
    const evicted: number[] = [];
    for (const page of candidates) {
      if (this.#pages.size <= this.maxPages) break;
      this.#pages.delete(page);
      evicted.push(page);
    }
    return evicted;
  }

  clear(): void {
    this.#pages.clear();
    this.#pending.clear();
  }
}
