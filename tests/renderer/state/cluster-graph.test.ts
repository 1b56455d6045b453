// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { SenderCluster } from '../../../src-main/ipc/contract';
import { clusterGraph, MAX_GRAPH_NODES } from '../../../src-renderer/state/cluster-graph';

const A = '+8617099990001';
const B = '+8617099990002';
const C = '+8617099990003';

const cluster: SenderCluster = {
  id: 21,
  senders: [A, B, C],
  reasons: [
    { kind: 'callback', value: '4008001234', senders: [A, B], messageIds: [1, 2] },
    { kind: 'template', value: '【速借宝】您的借款已逾期{n}天，请于今日{time}前还款{amount}元', senders: [A, B, C], messageIds: [1, 2, 3] },
    { kind: 'platform', value: '速借宝', senders: [B, A], messageIds: [2, 1] },
  ],
};

describe('cluster graph', () => {
  it('joins every pair that shares something with one edge naming all the reasons', () => {
    const graph = clusterGraph(cluster, 200)!;
    expect(graph.nodes.map((n) => n.sender)).toEqual([A, B, C]);
    const ab = graph.edges.find((e) => e.a === A && e.b === B)!;
    expect(ab.kinds).toEqual(['callback', 'template', 'platform']);
    expect(graph.edges).toHaveLength(3);
    expect(graph.edges.find((e) => e.a === B && e.b === C)!.kinds).toEqual(['template']);
  });

  it('places the senders inside the drawing', () => {
    const graph = clusterGraph(cluster, 200)!;
    for (const n of graph.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(200);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(200);
    }
  });

  it('gives up on a cluster too large to draw legibly', () => {
    const senders = Array.from({ length: MAX_GRAPH_NODES + 1 }, (_, i) => `+86170999900${String(i).padStart(2, '0')}`);
    expect(clusterGraph({ senders, reasons: [{ kind: 'domain', value: 'sjb-pay.cn', senders, messageIds: [] }] }, 200)).toBeNull();
  });
});
