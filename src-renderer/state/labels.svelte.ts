// SPDX-License-Identifier: MIT
// The user's own categories: for the opened message, for everything from its sender, or for the
// rows ticked in the list. A label applies at once; the re-scoring job it may start is followed
// in the job panel, and the list and the opened message are fetched again in place.
import type { Category, ErrorPayload, RequestOf } from '../../src-main/ipc/contract';
import { asClientError, call } from '../api/leakline-client';
import { analysis } from './analysis.svelte';
import { jobs } from './jobs.svelte';
import { messages } from './messages.svelte';
import { addRange, NO_SELECTION, rangeBounds, SELECT_ALL_CAP, selectIds, toggleRow, type RowSelection } from './row-selection';

/** messages:list answers at most this many rows per call. */
const LIST_LIMIT = 1000;

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class LabelsState {
  selection = $state<RowSelection>(NO_SELECTION);
  count = $derived(this.selection.ids.size);
  saving = $state(false);
  selecting = $state(false);
  error = $state<ErrorPayload | null>(null);
  /** How many messages the last label changed, for a short confirmation. */
  lastUpdated = $state<number | null>(null);

  clear(): void {
    this.selection = NO_SELECTION;
    this.error = null;
  }

  /** A tick on a row; with shift, every row from the last tick to this one is ticked too. */
  async tick(id: number, index: number, shift: boolean): Promise<void> {
    if (!shift || this.selection.anchor === null) {
      this.selection = toggleRow(this.selection, id, index);
      return;
    }
    const { first, last } = rangeBounds(this.selection, index);
    const ids = await this.#idsBetween(first, last);
    this.selection = addRange(this.selection, ids, index);
  }

  /** Ticks every message the current filter matches, up to SELECT_ALL_CAP. */
  async selectAllMatching(): Promise<void> {
    if (this.selecting) return;
    this.selecting = true;
    this.error = null;
    try {
      const ids: number[] = [];
      const filter = messages.filter;
      while (ids.length < SELECT_ALL_CAP) {
        const limit = Math.min(LIST_LIMIT, SELECT_ALL_CAP - ids.length);
        const { rows, total } = await call('messages:list', { filter, offset: ids.length, limit });
        for (const row of rows) ids.push(row.id);
        if (rows.length < limit || ids.length >= total) break;
      }
      this.selection = selectIds(ids);
    } catch (err) {
      this.error = payloadOf(err);
    } finally {
      this.selecting = false;
    }
  }

  async labelSelection(category: Category | null): Promise<boolean> {
    const messageIds = [...this.selection.ids];
    if (messageIds.length === 0) return false;
    const done = await this.#apply({ target: { messageIds }, category });
    if (done) this.selection = NO_SELECTION;
    return done;
  }

  async labelMessage(id: number, category: Category | null): Promise<boolean> {
    return this.#apply({ target: { messageIds: [id] }, category });
  }

  async labelSender(senderId: number, category: Category | null): Promise<boolean> {
    return this.#apply({ target: { senderId }, category });
  }

  async #apply(request: RequestOf<'labels:set'>): Promise<boolean> {
    if (this.saving) return false;
    this.saving = true;
    this.error = null;
    try {
      const { updated } = await jobs.runFollowing(() => call('labels:set', request), (result) => result.jobId);
      this.lastUpdated = updated;
      messages.refresh();
      await Promise.all([messages.reloadDetail(), analysis.refresh()]);
      return true;
    } catch (err) {
      this.error = payloadOf(err);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Ids of list positions first..last: from the rows held, or fetched when some are not. */
  async #idsBetween(first: number, last: number): Promise<number[]> {
    const held: number[] = [];
    for (let index = first; index <= last; index += 1) {
      const row = messages.rowAt(index);
      if (!row) break;
      held.push(row.id);
    }
    if (held.length === last - first + 1) return held;
    const ids: number[] = [];
    for (let offset = first; offset <= last && ids.length < SELECT_ALL_CAP; offset += LIST_LIMIT) {
      const limit = Math.min(LIST_LIMIT, last - offset + 1);
      const { rows } = await call('messages:list', { filter: messages.filter, offset, limit });
      for (const row of rows) ids.push(row.id);
      if (rows.length < limit) break;
    }
    return ids;
  }
}

export const labels = new LabelsState();
