// SPDX-License-Identifier: MIT
// The message list: its filter, the total, rows fetched page by page for the rows on screen, the
// selection and the opened message. Responses to an older filter are recognised and dropped.
import type { MessageDetail, MessageRow } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';
import { applyMarkChange, changesMembership, type MarkChange } from './annotation-marks';
import { buildMessageFilter, dependsOnMarks, emptyFilterInputs, filterKey, type FilterInputs } from './message-filter';
import { PageCache } from './page-cache';

const PAGE_SIZE = 200;
const MAX_PAGES = 12;
const QUERY_DEBOUNCE_MS = 200;
const JUMP_SETTLE_MS = 60;

class MessagesState {
  /** What the filter applies; its query is the search box's text once typing pauses. */
  inputs = $state<FilterInputs>(emptyFilterInputs());
  /** What the search box shows, ahead of inputs.query while the user types. */
  queryText = $state('');
  /** How the chosen sender is shown in the picker. */
  senderLabel = $state('');
  filter = $derived(buildMessageFilter(this.inputs));
  key = $derived(filterKey(this.filter));

  total = $state<number | null>(null);
  /** Bumped whenever rows arrive, so that readers of rowAt() re-run. */
  version = $state(0);
  /** Bumped on every reload; the list scrolls back to the top when it changes. */
  generation = $state(0);
  selectedIndex = $state(-1);
  detail = $state<MessageDetail | null>(null);
  detailLoading = $state(false);
  error = $state<ClientError | null>(null);

  readonly #cache = new PageCache<MessageRow>(PAGE_SIZE, MAX_PAGES);
  #range = { start: 0, end: 0 };
  #queryTimer: ReturnType<typeof setTimeout> | null = null;
  #fetchTimer: ReturnType<typeof setTimeout> | null = null;
  #detailRequest = 0;
  /** Bumped on reload and refresh: a page answer from before either is dropped. */
  #epoch = 0;

  setQueryText(text: string): void {
    this.queryText = text;
    if (this.#queryTimer) clearTimeout(this.#queryTimer);
    this.#queryTimer = setTimeout(() => this.applyQuery(), QUERY_DEBOUNCE_MS);
  }

  applyQuery(): void {
    if (this.#queryTimer) clearTimeout(this.#queryTimer);
    this.#queryTimer = null;
    this.inputs.query = this.queryText;
  }

  setSender(sender: { id: number; label: string } | null): void {
    this.inputs.senderId = sender?.id ?? null;
    this.senderLabel = sender?.label ?? '';
  }

  resetFilters(): void {
    if (this.#queryTimer) clearTimeout(this.#queryTimer);
    this.#queryTimer = null;
    this.inputs = emptyFilterInputs();
    this.queryText = '';
    this.senderLabel = '';
  }

  /** Forgets every row and starts over from the top: after a filter change or an import. */
  reload(): void {
    this.generation += 1;
    this.#epoch += 1;
    this.#cache.clear();
    this.total = null;
    this.selectedIndex = -1;
    this.error = null;
    this.version += 1;
    this.#range = { start: 0, end: 1 };
    this.#flush();
  }

  /**
   * Fetches the rows on screen again without moving the list or the selection: after an analysis
   * or a label changed categories, the user stays where they were.
   */
  refresh(): void {
    this.#epoch += 1;
    this.#cache.clear();
    this.version += 1;
    this.#flush();
  }

  /** Loads the opened message again (its analysis or label changed). */
  async reloadDetail(): Promise<void> {
    const current = this.detail;
    if (!current) return;
    const request = ++this.#detailRequest;
    try {
      const detail = await call('messages:get', { id: current.id });
      if (request === this.#detailRequest) this.detail = detail;
    } catch (err) {
      if (request === this.#detailRequest) this.error = asClientError(err);
    }
  }

  /**
   * Shows a star, tag or note the main side just stored on the rows held and the opened message,
   * without fetching them again. Only when the filter is by star or tag, and the change may move
   * rows in or out of it, are the rows on screen fetched again (in place, like after a label).
   */
  applyMarks(ids: ReadonlySet<number>, change: MarkChange, knownTags: readonly string[]): void {
    const changed = this.#cache.updateRows((row) => (ids.has(row.id) ? applyMarkChange(row, change, knownTags) : row));
    if (changed > 0) this.version += 1;
    if (this.detail && ids.has(this.detail.id)) this.detail = applyMarkChange(this.detail, change, knownTags);
    if (dependsOnMarks(this.filter) && changesMembership(change)) this.refresh();
  }

  /**
   * The list reports the rows it draws; pages for them (and half a page around) are fetched.
   * Scrolling on from rows already held fetches at once; a jump (dragging the scrollbar across a
   * million rows) waits until the list stops, so that the pages flown over are never asked for.
   */
  showRange(start: number, end: number): void {
    this.#range = { start, end: Math.max(end, start + 1) };
    if (this.#fetchTimer !== null) clearTimeout(this.#fetchTimer);
    this.#fetchTimer = null;
    const { pageSize } = this.#cache;
    const near = this.#cache.has(this.#cache.pageOf(start)) || this.#cache.has(this.#cache.pageOf(Math.max(0, start - pageSize))) || this.#cache.has(this.#cache.pageOf(end + pageSize));
    if (near) {
      this.#flush();
      return;
    }
    this.#fetchTimer = setTimeout(() => {
      this.#fetchTimer = null;
      this.#flush();
    }, JUMP_SETTLE_MS);
  }

  rowAt(index: number): MessageRow | undefined {
    void this.version;
    return this.#cache.row(index);
  }

  select(index: number): void {
    if (this.total === null || this.total === 0) return;
    this.selectedIndex = Math.min(this.total - 1, Math.max(0, index));
  }

  async open(index: number): Promise<void> {
    this.select(index);
    const row = this.rowAt(this.selectedIndex);
    if (!row) return;
    const request = ++this.#detailRequest;
    this.detailLoading = true;
    try {
      const detail = await call('messages:get', { id: row.id });
      if (request === this.#detailRequest) this.detail = detail;
    } catch (err) {
      if (request === this.#detailRequest) this.error = asClientError(err);
    } finally {
      if (request === this.#detailRequest) this.detailLoading = false;
    }
  }

  closeDetail(): void {
    this.#detailRequest += 1;
    this.detail = null;
    this.detailLoading = false;
  }

  #flush(): void {
    const margin = PAGE_SIZE / 2;
    const { start, end } = this.#range;
    for (const page of this.#cache.pagesToFetch(Math.max(0, start - margin), end + margin, this.total)) {
      void this.#fetchPage(page);
    }
    this.#cache.evictAround(start, end);
  }

  async #fetchPage(page: number): Promise<void> {
    const epoch = this.#epoch;
    this.#cache.markPending(page);
    try {
      const result = await call('messages:list', {
        filter: this.filter,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (epoch !== this.#epoch) return;
      this.#cache.store(page, result.rows);
      this.total = result.total;
      this.version += 1;
      // The first answer tells how long the list is; rows beyond page 0 may now be on screen.
      this.#flush();
    } catch (err) {
      if (epoch !== this.#epoch) return;
      this.#cache.abandon(page);
      this.error = asClientError(err);
    }
  }
}

export const messages = new MessagesState();
