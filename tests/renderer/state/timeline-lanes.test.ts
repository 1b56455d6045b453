// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { TimelineView } from '../../../src-main/ipc/contract';
import { clusterColours, colourOf, UNCLUSTERED_COLOUR } from '../../../src-renderer/state/cluster-colours';
import { laneItems, layoutLanes, stepPath } from '../../../src-renderer/state/timeline-lanes';
import { DAY_MS } from '../../../src-renderer/state/time-scale';

const FROM = Date.UTC(2024, 2, 1);
const RANGE = { from: FROM, to: FROM + 10 * DAY_MS };
const COLLECTOR_A = '+8617099990001';
const COLLECTOR_B = '+8617099990002';
const SHOP = '1069000012345';

const view: Pick<TimelineView, 'items' | 'events' | 'curves' | 'clusters'> = {
  items: [
    { key: 'debt:速借宝', type: 'debt', label: '速借宝' },
    { key: 'name', type: 'name', label: '姓名 林*峰' },
    { key: 'id_number', type: 'id_number', label: '身份证号 3201**********283X' },
    { key: 'employer', type: 'employer', label: '工作单位 南京****' },
  ],
  events: [
    { time: FROM + 2 * DAY_MS, senderId: 11, sender: COLLECTOR_A, item: 'id_number', messageId: 101, first: true },
    // The same hour as the one above: must not be drawn on top of it.
    { time: FROM + 2 * DAY_MS + 3_600_000, senderId: 12, sender: COLLECTOR_B, item: 'id_number', messageId: 121, first: true },
    { time: FROM + 8 * DAY_MS, senderId: 13, sender: SHOP, item: 'id_number', messageId: 131, first: true },
    { time: FROM + 12 * DAY_MS, senderId: 14, sender: '+8613300000000', item: 'id_number', messageId: 141, first: true },
    { time: FROM + DAY_MS, senderId: 13, sender: SHOP, item: 'name', messageId: 130, first: true },
    { time: FROM + 5 * DAY_MS, senderId: 13, sender: SHOP, item: 'name', messageId: 132, first: false },
  ],
  curves: [
    {
      item: 'id_number',
      points: [
        { time: FROM + 2 * DAY_MS, senders: 1, senderId: 11, messageId: 101 },
        { time: FROM + 2 * DAY_MS + 3_600_000, senders: 2, senderId: 12, messageId: 121 },
        { time: FROM + 8 * DAY_MS, senders: 3, senderId: 13, messageId: 131 },
        { time: FROM + 12 * DAY_MS, senders: 4, senderId: 14, messageId: 141 },
      ],
    },
    { item: 'name', points: [{ time: FROM + DAY_MS, senders: 1, senderId: 13, messageId: 130 }] },
  ],
  clusters: [{ id: 11, senders: [COLLECTOR_A, COLLECTOR_B], reasons: [{ kind: 'callback', value: '4008001234', senders: [COLLECTOR_A, COLLECTOR_B], messageIds: [101, 121] }] }],
};

describe('lane layout', () => {
  it('puts profile items first in their order and debts last', () => {
    expect(laneItems(view.items).map((i) => i.key)).toEqual(['name', 'id_number', 'employer', 'debt:速借宝']);
  });

  it('keeps a lane for an item nobody showed', () => {
    const employer = layoutLanes(view, RANGE, 1000).find((l) => l.item.key === 'employer')!;
    expect(employer.markers).toEqual([]);
    expect(employer.knownInAll).toBe(0);
  });

  it('places first-knowledge markers by time and leaves out those beyond the range', () => {
    const id = layoutLanes(view, RANGE, 1000).find((l) => l.item.key === 'id_number')!;
    expect(id.markers.map((m) => m.event.messageId)).toEqual([101, 121, 131]);
    expect(id.markers[0]!.x).toBeCloseTo(200);
    expect(id.markers[2]!.x).toBeCloseTo(800);
    expect(id.knownInRange).toBe(3);
    expect(id.knownInAll).toBe(4);
  });

  it('stacks markers too close to tell apart instead of drawing one over the other', () => {
    const id = layoutLanes(view, RANGE, 1000).find((l) => l.item.key === 'id_number')!;
    expect(id.markers.map((m) => m.stack)).toEqual([0, 1, 0]);
  });

  it('draws only first events, not later mentions of the same sender', () => {
    const name = layoutLanes(view, RANGE, 1000).find((l) => l.item.key === 'name')!;
    expect(name.markers.map((m) => m.event.messageId)).toEqual([130]);
  });

  it('gives the collectors the cluster they share and the shop none', () => {
    const id = layoutLanes(view, RANGE, 1000).find((l) => l.item.key === 'id_number')!;
    expect(id.markers.map((m) => m.cluster)).toEqual([11, 11, null]);
    const colours = clusterColours(view.clusters);
    expect(colourOf(colours, 11)).not.toBe(UNCLUSTERED_COLOUR);
    expect(colourOf(colours, null)).toBe(UNCLUSTERED_COLOUR);
  });
});

describe('step curve', () => {
  it('steps up at each sender that learned the item and runs flat to the right edge', () => {
    const points = view.curves[0]!.points;
    expect(stepPath(points, RANGE, 1000, 0, 30, 3)).toBe('M0,30H200V20H204.2V10H800V0H1000');
  });

  it('starts at the level reached before the range when zoomed in past the first steps', () => {
    const points = view.curves[0]!.points;
    const zoomed = { from: FROM + 5 * DAY_MS, to: FROM + 10 * DAY_MS };
    expect(stepPath(points, zoomed, 500, 0, 30, 3)).toBe('M0,10H300V0H500');
  });

  it('draws nothing when no sender knew anything', () => {
    expect(stepPath([], RANGE, 1000, 0, 30, 0)).toBe('');
  });
});

describe('lanes of a view capped per item', () => {
  it('says how many senders knew the item beyond the markers the page was sent', () => {
    // The view sent two of the ID's four senders; the curve's last point still counts all four.
    const capped = { ...view, events: view.events.filter((e) => e.item !== 'id_number' || e.senderId <= 12) };
    const lanes = layoutLanes(capped, RANGE, 1000);
    expect(lanes.find((l) => l.item.key === 'id_number')!.undrawn).toBe(2);
    expect(layoutLanes(view, RANGE, 1000).every((l) => l.undrawn === 0)).toBe(true);
  });
});

