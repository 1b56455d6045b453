// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { drawable, VIEW_EVENTS_PER_ITEM } from '../../../src-main/core/timeline/build-timeline';
import type { TimelineView } from '../../../src-main/core/model/timeline';

const T0 = Date.UTC(2024, 0, 1);

/** A debt known to `n` collectors, one a minute, and a name known to three. */
function view(n: number): TimelineView {
  const event = (item: string, i: number) => ({ time: T0 + i * 60_000, senderId: i + 1, sender: `1380000${String(i).padStart(4, '0')}`, item, messageId: 1000 + i, first: true });
  const debt = Array.from({ length: n }, (_, i) => event('debt:速借宝', i));
  const name = [0, 1, 2].map((i) => event('name', i));
  const curve = (events: ReturnType<typeof event>[]) => events.map((e, i) => ({ time: e.time, senders: i + 1, senderId: e.senderId, messageId: e.messageId }));
  return {
    items: [{ key: 'name', type: 'name', label: '姓名 林*峰' }, { key: 'debt:速借宝', type: 'debt', label: '速借宝' }],
    events: [...name, ...debt].sort((a, b) => a.time - b.time),
    curves: [{ item: 'name', points: curve(name) }, { item: 'debt:速借宝', points: curve(debt) }],
    clusters: [],
    incidents: [],
    suspectTimes: [],
  };
}

describe("the view the timeline page is sent", () => {
  it('keeps the earliest markers of a crowded item, thins its curve evenly and keeps its total', () => {
    const out = drawable(view(16_000));
    const debt = out.events.filter((e) => e.item === 'debt:速借宝');
    expect(debt).toHaveLength(VIEW_EVENTS_PER_ITEM);
    expect(debt.at(-1)!.senderId).toBe(VIEW_EVENTS_PER_ITEM);
    const points = out.curves.find((c) => c.item === 'debt:速借宝')!.points;
    expect(points).toHaveLength(VIEW_EVENTS_PER_ITEM);
    expect(points.at(-1)!.senders).toBe(16_000);
    expect(points.every((p, i) => i === 0 || p.time > points[i - 1]!.time)).toBe(true);
  });

  it('leaves an item with few senders whole', () => {
    const whole = view(10);
    expect(drawable(whole)).toEqual(whole);
    expect(drawable(view(16_000)).events.filter((e) => e.item === 'name')).toHaveLength(3);
  });
});
