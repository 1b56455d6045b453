// SPDX-License-Identifier: MIT
// One colour per sender cluster, the same in the timeline's markers, the senders table and the
// cluster graph, so that "these dots are one operation" reads at a glance. Senders in no cluster
// are grey. Colours are picked to stay apart on both the light and the dark theme.
import type { SenderCluster } from '../../src-main/ipc/contract';

const PALETTE = ['#d1495b', '#2e86ab', '#e59500', '#3c9d5d', '#8e5ec4', '#c2571a', '#1b998b', '#b8336a', '#5d6fb8', '#8a8a2e'];
export const UNCLUSTERED_COLOUR = '#8d96a5';

/** Cluster ids in the order their colours are given: by id, so that a cluster keeps its colour as others appear. */
export function clusterColours(clusters: readonly Pick<SenderCluster, 'id'>[]): Map<number, string> {
  const ids = [...new Set(clusters.map((c) => c.id))].sort((a, b) => a - b);
  return new Map(ids.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
}

export function colourOf(colours: ReadonlyMap<number, string>, cluster: number | null): string {
  return cluster === null ? UNCLUSTERED_COLOUR : (colours.get(cluster) ?? UNCLUSTERED_COLOUR);
}

/** Normalised address → cluster id. */
export function clusterOfSender(clusters: readonly Pick<SenderCluster, 'id' | 'senders'>[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of clusters) for (const s of c.senders) map.set(s, c.id);
  return map;
}
