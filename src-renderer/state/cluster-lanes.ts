// SPDX-License-Identifier: MIT
// The timeline by operation instead of by item: one lane per linked cluster of senders, then one
// for the senders linked to nobody. A lane's markers are the first times its senders showed any of
// the user's items, and its step curve counts the distinct items the operation knew, so that one
// sees which operation learned what, and when it learned more.
import type { ExposureEvent, SenderCluster, TimelineItem, TimelineView } from '../../src-main/ipc/contract';
import { clusterOfSender } from './cluster-colours';
import { placeMarkers, type Lane } from './timeline-lanes';
import type { TimeRange } from './time-scale';

/** The key of the lane of senders that belong to no cluster. */
export const UNLINKED_LANE = 'cluster:none';

export interface ClusterLaneLabels {
  cluster: (cluster: SenderCluster) => string;
  unlinked: string;
}

/** The step curve of distinct items a group of senders knew, from its first events. */
function itemsKnownCurve(events: readonly ExposureEvent[]): { time: number; senders: number }[] {
  const known = new Set<string>();
  const curve: { time: number; senders: number }[] = [];
  for (const e of [...events].sort((a, b) => a.time - b.time || a.messageId - b.messageId)) {
    if (known.has(e.item)) continue;
    known.add(e.item);
    curve.push({ time: e.time, senders: known.size });
  }
  return curve;
}

/** Clusters whose senders showed anything, most items first; then the unlinked senders, if any showed something. */
export function layoutClusterLanes(view: Pick<TimelineView, 'events' | 'clusters'>, range: TimeRange, width: number, labels: ClusterLaneLabels, gap = 10): Lane[] {
  const clusterOf = clusterOfSender(view.clusters);
  const byCluster = new Map<number | null, ExposureEvent[]>();
  for (const e of view.events) {
    if (!e.first) continue;
    const id = clusterOf.get(e.sender) ?? null;
    const list = byCluster.get(id);
    if (list) list.push(e);
    else byCluster.set(id, [e]);
  }
  const groups = view.clusters
    .filter((c) => byCluster.has(c.id))
    .map((c) => ({ item: { key: `cluster:${c.id}`, type: 'other', label: labels.cluster(c) } as TimelineItem, events: byCluster.get(c.id)! }));
  const unlinked = byCluster.get(null);
  const lanes = groups.map((g) => ({ ...g, curve: itemsKnownCurve(g.events) })).sort((a, b) => b.curve.length - a.curve.length || a.item.key.localeCompare(b.item.key));
  if (unlinked) lanes.push({ item: { key: UNLINKED_LANE, type: 'other', label: labels.unlinked }, events: unlinked, curve: itemsKnownCurve(unlinked) });
  return lanes.map(({ item, events, curve }, index) => ({
    item,
    index,
    markers: placeMarkers(events, range, width, clusterOf, gap),
    knownInRange: curve.filter((p) => p.time <= range.to).length,
    knownInAll: curve.length,
    undrawn: 0,
    curve,
  }));
}
