// SPDX-License-Identifier: MIT
// The timeline page's state: the view from the main side, the overview histogram, the range shown
// in the lanes, the chosen event with its ±N-day window, and whether times read in local time or UTC.
import type { ExposureEvent, ResponseOf, TimelineView } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';
import { clusterColours } from './cluster-colours';
import { eventsAround, type WindowDays } from './event-window';
import type { TimeBasis } from './time-axis';
import type { LaneGrouping } from './timeline-lanes';
import { clampRange, DAY_MS, paddedDomain, panRange, zoomRange, type TimeRange } from './time-scale';

const OVERVIEW_BUCKETS = 160;

type Histogram = ResponseOf<'timeline:histogram'>;

class TimelineState {
  view = $state<TimelineView | null>(null);
  histogram = $state<Histogram | null>(null);
  error = $state<ClientError | null>(null);
  loading = $state(false);
  /** The whole period with sane dates; the overview shows it, the brush picks `range` inside it. */
  domain = $state<TimeRange>({ from: 0, to: DAY_MS });
  range = $state<TimeRange>({ from: 0, to: DAY_MS });
  basis = $state<TimeBasis>('local');
  lanesBy = $state<LaneGrouping>('item');
  selected = $state<ExposureEvent | null>(null);
  windowDays = $state<WindowDays>(7);
  colours = $derived(clusterColours(this.view?.clusters ?? []));
  around = $derived(this.view && this.selected ? eventsAround(this.view, this.selected.time, this.windowDays) : []);
  itemLabels = $derived(new Map((this.view?.items ?? []).map((i) => [i.key, i.label])));

  #request = 0;

  async load(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    try {
      const view = await call('timeline:get', { reveal: false });
      // The histogram is a view of the same data; without it the lanes still work.
      const histogram = await call('timeline:histogram', { buckets: OVERVIEW_BUCKETS }).catch(() => null);
      if (request !== this.#request) return;
      this.view = view;
      this.histogram = histogram;
      const times = view.events.map((e) => e.time);
      const domain = histogram && histogram.to > histogram.from ? { from: histogram.from, to: histogram.to } : paddedDomain(times, { from: Date.now() - 30 * DAY_MS, to: Date.now() });
      const kept = this.domain.from === domain.from && this.domain.to === domain.to;
      this.domain = domain;
      if (!kept) this.range = { ...domain };
      if (this.selected && !view.events.some((e) => e.messageId === this.selected?.messageId && e.item === this.selected.item)) this.selected = null;
      this.error = null;
    } catch (err) {
      if (request === this.#request) this.error = asClientError(err);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  setRange(range: TimeRange): void {
    this.range = clampRange(range, this.domain);
  }

  zoom(factor: number, center?: number): void {
    this.range = zoomRange(this.range, this.domain, factor, center);
  }

  pan(fraction: number): void {
    this.range = panRange(this.range, this.domain, fraction);
  }

  showAll(): void {
    this.range = { ...this.domain };
  }

  select(event: ExposureEvent | null): void {
    this.selected = event;
  }

  /** Centres the lanes on a moment (from the ±N list), keeping the zoom. */
  focusOn(time: number): void {
    const half = (this.range.to - this.range.from) / 2;
    this.setRange({ from: time - half, to: time + half });
  }
}

export const timeline = new TimelineState();
