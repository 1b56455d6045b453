// SPDX-License-Identifier: MIT
// The senders page's state: dossiers fetched a page at a time in the chosen order, the search,
// the cluster, star and tag filters, and the dossier opened in the panel. Answers to an older
// query are dropped.
import type { SenderDossier } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';
import { applyMarkChange, changesMembership, markFilter, type MarkChange } from './annotation-marks';
import type { DossierSort } from './dossier-sort';
const PAGE_SIZE = 100;
const QUERY_DEBOUNCE_MS = 200;

class SendersState {
  rows = $state<SenderDossier[]>([]);
  total = $state<number | null>(null);
  sort = $state<DossierSort>('risk');
  queryText = $state('');
  cluster = $state<number | null>(null);
  starredOnly = $state(false);
  /** '' for any tag. */
  tag = $state('');
  selected = $state<SenderDossier | null>(null);
  loading = $state(false);
  error = $state<ClientError | null>(null);

  #epoch = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  get hasMore(): boolean {
    return this.total !== null && this.rows.length < this.total;
  }

  setSort(sort: DossierSort): void {
    this.sort = sort;
    void this.reload();
  }

  setCluster(cluster: number | null): void {
    this.cluster = cluster;
    void this.reload();
  }

  setStarredOnly(starredOnly: boolean): void {
    this.starredOnly = starredOnly;
    void this.reload();
  }

  setTag(tag: string): void {
    this.tag = tag;
    void this.reload();
  }

  /**
   * Shows a star, tag or note the main side just stored on the dossiers held and the one opened.
   * When the list is filtered by star or tag and the change may move senders in or out, it is
   * fetched again; the opened dossier stays.
   */
  applyMarks(ids: ReadonlySet<number>, change: MarkChange, knownTags: readonly string[]): void {
    const mark = (d: SenderDossier): SenderDossier => ({ ...d, annotation: applyMarkChange(d.annotation, change, knownTags) });
    this.rows = this.rows.map((d) => (ids.has(d.senderId) ? mark(d) : d));
    if (this.selected && ids.has(this.selected.senderId)) this.selected = mark(this.selected);
    if ((this.starredOnly || this.tag !== '') && changesMembership(change)) void this.reload();
  }

  setQueryText(text: string): void {
    this.queryText = text;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.reload();
    }, QUERY_DEBOUNCE_MS);
  }

  select(dossier: SenderDossier | null): void {
    this.selected = dossier;
  }

  /** Opens the dossier of a linked sender, fetching it when it is not among the rows held. */
  async selectAddress(address: string): Promise<void> {
    const held = this.rows.find((r) => r.address === address);
    if (held) {
      this.selected = held;
      return;
    }
    try {
      const answer = await call('senders:dossiers', { offset: 0, limit: 20, query: address.slice(0, 100), sort: this.sort });
      this.selected = answer.rows.find((r) => r.address === address) ?? this.selected;
    } catch (err) {
      this.error = asClientError(err);
    }
  }

  async reload(): Promise<void> {
    const epoch = ++this.#epoch;
    this.rows = [];
    this.total = null;
    await this.#fetch(epoch);
  }

  async loadMore(): Promise<void> {
    if (!this.hasMore || this.loading) return;
    await this.#fetch(this.#epoch);
  }

  async #fetch(epoch: number): Promise<void> {
    this.loading = true;
    const query = this.queryText.trim().slice(0, 100);
    try {
      const answer = await call('senders:dossiers', {
        offset: this.rows.length,
        limit: PAGE_SIZE,
        sort: this.sort,
        ...(query ? { query } : {}),
        ...(this.cluster !== null ? { cluster: this.cluster } : {}),
        ...markFilter(this.starredOnly, this.tag),
      });
      if (epoch !== this.#epoch) return;
      this.rows = [...this.rows, ...answer.rows];
      this.total = answer.total;
      this.error = null;
      if (this.selected) this.selected = this.rows.find((r) => r.senderId === this.selected?.senderId) ?? this.selected;
    } catch (err) {
      if (epoch === this.#epoch) this.error = asClientError(err);
    } finally {
      if (epoch === this.#epoch) this.loading = false;
    }
  }
}

export const senders = new SendersState();
