// SPDX-License-Identifier: MIT
// A cluster drawn as a graph: its senders on a circle, one edge per pair that shares something,
// labelled with every kind of reason that links them. A circle keeps a handful of senders legible
// without a force simulation, and the same cluster always looks the same.
import type { LinkReasonKind, SenderCluster } from '../../src-main/ipc/contract';

export interface GraphNode {
  sender: string;
  x: number;
  y: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  kinds: LinkReasonKind[];
}

export interface ClusterGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Beyond this many senders a table says more than a hairball. */
export const MAX_GRAPH_NODES = 16;

export function clusterGraph(cluster: Pick<SenderCluster, 'senders' | 'reasons'>, size: number): ClusterGraph | null {
  const senders = [...cluster.senders];
  if (senders.length < 2 || senders.length > MAX_GRAPH_NODES) return null;
  const centre = size / 2;
  const radius = senders.length === 2 ? size * 0.3 : size * 0.36;
  const nodes = senders.map((sender, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / senders.length;
    return { sender, x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
  });
  const index = new Map(senders.map((s, i) => [s, i]));
  const edges = new Map<string, GraphEdge>();
  for (const reason of cluster.reasons) {
    const members = reason.senders.filter((s) => index.has(s));
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const [a, b] = index.get(members[i]!)! < index.get(members[j]!)! ? [members[i]!, members[j]!] : [members[j]!, members[i]!];
        const key = `${a}\u0000${b}`;
        const edge = edges.get(key) ?? { a, b, kinds: [] };
        if (!edge.kinds.includes(reason.kind)) edge.kinds.push(reason.kind);
        edges.set(key, edge);
      }
    }
  }
  return { nodes, edges: [...edges.values()] };
}
