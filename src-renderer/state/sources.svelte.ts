// SPDX-License-Identifier: MIT
// The imported sources (one per imported file) and removing one, with what that removed.
import type { ErrorPayload, SourceRow } from '../../src-main/ipc/contract';
import { asClientError, call } from '../api/leakline-client';
import { fileName } from '../i18n/format';
import { messages } from './messages.svelte';
import { overview } from './overview.svelte';

export interface Removal {
  name: string;
  messagesRemoved: number;
  callsRemoved: number;
}

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class SourcesState {
  rows = $state<SourceRow[] | null>(null);
  error = $state<ErrorPayload | null>(null);
  /** The source whose removal waits for the user's confirmation. */
  confirming = $state<number | null>(null);
  removing = $state<number | null>(null);
  lastRemoval = $state<Removal | null>(null);

  #request = 0;

  async refresh(): Promise<void> {
    const request = ++this.#request;
    try {
      const { rows } = await call('sources:list', {});
      if (request !== this.#request) return;
      this.rows = rows;
      this.error = null;
    } catch (err) {
      if (request === this.#request) this.error = payloadOf(err);
    }
  }

  askToRemove(sourceId: number | null): void {
    this.confirming = sourceId;
  }

  async remove(source: SourceRow): Promise<void> {
    if (this.removing !== null) return;
    this.removing = source.sourceId;
    this.error = null;
    try {
      const removed = await call('sources:remove', { sourceId: source.sourceId });
      this.lastRemoval = { name: fileName(source.file), ...removed };
      this.confirming = null;
      // The opened message may have been one of those removed; the list reloads when it is shown again.
      messages.closeDetail();
    } catch (err) {
      this.error = payloadOf(err);
    } finally {
      this.removing = null;
    }
    await Promise.all([this.refresh(), overview.refresh()]);
  }
}

export const sources = new SourcesState();
