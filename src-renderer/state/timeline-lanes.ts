// SPDX-License-Identifier: MIT
// The timeline's lanes: one per item of the user's profile (then one per debt), each with a marker
// where a sender first showed it and the step curve of how many senders knew it. Markers too close
// to tell apart are stacked rather than drawn over each other, so that no first event is hidden.
import type { ExposureCurve, ExposureEvent, TimelineItem, TimelineView } from '../../src-main/ipc/contract';
import { clusterOfSender } from './cluster-colours';
import { timeScale, type TimeRange } from './time-scale';

/** Lanes per item of the profile (and per debt), or per linked operation. */
export type LaneGrouping = 'item' | 'cluster';

export interface LaneMarker {
  event: ExposureEvent;
  x: number;
  /** 0 on the lane's line, 1, 2, … above it for markers within `gap` pixels of an earlier one. */
  stack: number;
  cluster: number | null;
}

export interface Lane {
  item: TimelineItem;
  index: number;
  /** Markers inside the range, by time. */
  markers: LaneMarker[];
  /** How many senders knew the item by the end of the range, and in all. */
  knownInRange: number;
  knownInAll: number;
  /** Senders that knew the item but whose markers the page was not sent (the view caps them per item). */
  undrawn: number;
  curve: { time: number; senders: number }[];
}

/** Profile items in the profile's order, then debts; an item nobody showed keeps its lane (it is good news). */
export function laneItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items.filter((i) => i.type !== 'debt'), ...items.filter((i) => i.type === 'debt')];
}

export function layoutLanes(view: Pick<TimelineView, 'items' | 'events' | 'curves' | 'clusters'>, range: TimeRange, width: number, gap = 10): Lane[] {
  const clusterOf = clusterOfSender(view.clusters);
  const byItem = new Map<string, ExposureEvent[]>();
  for (const e of view.events) {
    if (!e.first) continue;
    const list = byItem.get(e.item);
    if (list) list.push(e);
    else byItem.set(e.item, [e]);
  }
  const curves = new Map<string, ExposureCurve>(view.curves.map((c) => [c.item, c]));
  return laneItems(view.items).map((item, index) => {
    const markers = placeMarkers(byItem.get(item.key) ?? [], range, width, clusterOf, gap);
    const points = curves.get(item.key)?.points ?? [];
    const knownInRange = points.filter((p) => p.time <= range.to).reduce((n, p) => Math.max(n, p.senders), 0);
    const knownInAll = points.reduce((n, p) => Math.max(n, p.senders), 0);
    const undrawn = Math.max(0, knownInAll - (byItem.get(item.key)?.length ?? 0));
    return { item, index, markers, knownInRange, knownInAll, undrawn, curve: points.map((p) => ({ time: p.time, senders: p.senders })) };
  });
}

/**
 * Markers for the events inside the range, by time. Each stack level remembers the x of its last
 * marker; a marker goes on the lowest level where it keeps `gap` pixels from the one before.
 */
export function placeMarkers(events: readonly ExposureEvent[], range: TimeRange, width: number, clusterOf: ReadonlyMap<string, number>, gap = 10): LaneMarker[] {
  const scale = timeScale(range, width);
  const inRange = events.filter((e) => e.time >= range.from && e.time <= range.to).sort((a, b) => a.time - b.time || a.senderId - b.senderId);
  const markers: LaneMarker[] = [];
  const levels: number[] = [];
  for (const event of inRange) {
    const x = scale.x(event.time);
    let stack = levels.findIndex((last) => x - last >= gap);
    if (stack === -1) stack = levels.length;
    levels[stack] = x;
    markers.push({ event, x, stack, cluster: clusterOf.get(event.sender) ?? null });
  }
  return markers;
}

/**
 * The SVG path of a step curve over the range: flat at the count reached before the range, a step
 * up at each sender that learned the item, flat to the right edge. `max` is the count at the top.
 */
export function stepPath(points: readonly { time: number; senders: number }[], range: TimeRange, width: number, top: number, height: number, max: number): string {
  if (max <= 0) return '';
  const scale = timeScale(range, width);
  const y = (n: number) => top + height - (Math.min(n, max) / max) * height;
  const sorted = [...points].sort((a, b) => a.time - b.time);
  let level = 0;
  for (const p of sorted) if (p.time < range.from) level = Math.max(level, p.senders);
  const fmt = (n: number) => Math.round(n * 10) / 10;
  let path = `M0,${fmt(y(level))}`;
  for (const p of sorted) {
    if (p.time < range.from || p.time > range.to) continue;
    if (p.senders === level) continue;
    path += `H${fmt(scale.x(p.time))}V${fmt(y(p.senders))}`;
    level = p.senders;
  }
  return `${path}H${fmt(width)}`;
}
