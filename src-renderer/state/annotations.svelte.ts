// SPDX-License-Identifier: MIT
// The user's stars, tags and notes on messages and senders: one call for one target or for every
// ticked row, then the change shown where those rows are held (the message list, the opened
// message, the dossiers) instead of fetching them again. Also the tags in use, for the filters
// and the tag editor's suggestions.
import type { ErrorPayload, RequestOf } from '../../src-main/ipc/contract';
import { asClientError, call } from '../api/leakline-client';
import type { MarkChange, TagUse } from './annotation-marks';
import { messages } from './messages.svelte';
import { senders } from './senders.svelte';

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class AnnotationsState {
  /** Every tag that marks something, most used first. */
  tags = $state<TagUse[]>([]);
  /** Calls in flight: stars on different rows may be clicked faster than they are stored. */
  pending = $state(0);
  busy = $derived(this.pending > 0);
  error = $state<ErrorPayload | null>(null);
  /** How many messages or senders the last change touched, for a short confirmation. */
  lastUpdated = $state<number | null>(null);

  #tagsRequest = 0;

  async loadTags(): Promise<void> {
    const request = ++this.#tagsRequest;
    try {
      const { tags } = await call('annotations:tags', {});
      if (request === this.#tagsRequest) this.tags = tags;
    } catch (err) {
      if (request === this.#tagsRequest) this.error = payloadOf(err);
    }
  }

  async markMessages(ids: readonly number[], change: MarkChange): Promise<boolean> {
    if (ids.length === 0) return false;
    // The spellings known before the call: a tag typed in another case joins the one in use.
    const known = this.tags.map((t) => t.tag);
    const done = await this.#set({ target: { messageIds: [...ids] }, ...change });
    if (done) messages.applyMarks(new Set(ids), change, known);
    return done;
  }

  async markSenders(ids: readonly number[], change: MarkChange): Promise<boolean> {
    if (ids.length === 0) return false;
    const known = this.tags.map((t) => t.tag);
    const done = await this.#set({ target: { senderIds: [...ids] }, ...change });
    if (done) senders.applyMarks(new Set(ids), change, known);
    return done;
  }

  async #set(request: RequestOf<'annotations:set'>): Promise<boolean> {
    this.pending += 1;
    this.error = null;
    try {
      const { updated } = await call('annotations:set', request);
      this.lastUpdated = updated;
      // A tag added or left unused changes the list of tags to choose from.
      if (request.addTag !== undefined || request.removeTag !== undefined) void this.loadTags();
      return true;
    } catch (err) {
      this.error = payloadOf(err);
      return false;
    } finally {
      this.pending -= 1;
    }
  }
}

export const annotations = new AnnotationsState();
