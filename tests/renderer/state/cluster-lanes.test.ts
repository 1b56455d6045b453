// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { layoutClusterLanes, UNLINKED_LANE } from '../../../src-renderer/state/cluster-lanes';
import type { ExposureEvent, SenderCluster } from '../../../src-main/ipc/contract';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
let nextId = 1;
const ev = (sender: string, item: string, day: number, first = true): ExposureEvent => ({ time: T0 + day * DAY, senderId: Number(sender.slice(-2)), sender, item, messageId: nextId++, first });
const cluster = (id: number, senders: string[]): SenderCluster => ({ id, senders, reasons: [] });
const labels = { cluster: (c: SenderCluster) => `#${c.id} (${c.senders.length})`, unlinked: 'unlinked' };
const range = { from: T0, to: T0 + 100 * DAY };

describe('timeline lanes by operation', () => {
  const events = [
    ev('13800000001', 'name', 1),
    ev('13800000002', 'id_number', 5),
    ev('13800000002', 'name', 6),
    ev('13800000001', 'relatives.0', 40),
    ev('13800000003', 'address', 3),
    ev('13800000004', 'name', 2),
    ev('13800000004', 'phones.0', 8, false),
  ];
  const clusters = [cluster(1, ['13800000001', '13800000002']), cluster(3, ['13800000003']), cluster(9, ['13800000009'])];

  it('gives each cluster that showed something a lane, most items first, then the unlinked senders', () => {
    const lanes = layoutClusterLanes({ events, clusters }, range, 1000, labels);
    expect(lanes.map((l) => l.item.key)).toEqual(['cluster:1', 'cluster:3', UNLINKED_LANE]);
    expect(lanes.map((l) => l.item.label)).toEqual(['#1 (2)', '#3 (1)', 'unlinked']);
  });

  it("counts the distinct items an operation knew as a step curve, each step at the first sender's event", () => {
    const [crew] = layoutClusterLanes({ events, clusters }, range, 1000, labels);
    expect(crew!.curve.map((p) => [(p.time - T0) / DAY, p.senders])).toEqual([[1, 1], [5, 2], [40, 3]]);
    expect(crew!.markers).toHaveLength(4);
    expect(crew!.markers.every((m) => m.cluster === 1)).toBe(true);
  });

  it('counts within the range and leaves later markers out, but keeps the total', () => {
    const [crew] = layoutClusterLanes({ events, clusters }, { from: T0, to: T0 + 10 * DAY }, 1000, labels);
    expect(crew!.knownInRange).toBe(2);
    expect(crew!.knownInAll).toBe(3);
    expect(crew!.markers.map((m) => m.event.item)).toEqual(['name', 'id_number', 'name']);
  });

  it('ignores later mentions: only first-knowledge events make markers', () => {
    const lanes = layoutClusterLanes({ events, clusters }, range, 1000, labels);
    expect(lanes.at(-1)!.markers.map((m) => m.event.item)).toEqual(['name']);
  });
});
