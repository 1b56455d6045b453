// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { TimelineView } from '../../../src-main/ipc/contract';
import { eventsAround } from '../../../src-renderer/state/event-window';
import { DAY_MS } from '../../../src-renderer/state/time-scale';

const T0 = Date.UTC(2024, 2, 10, 2);
const view: Pick<TimelineView, 'events' | 'incidents'> = {
  events: [
    { time: T0, senderId: 7, sender: '+8617099990001', item: 'id_number', messageId: 70, first: true },
    { time: T0 - 2 * DAY_MS, senderId: 8, sender: '+8617099990002', item: 'name', messageId: 81, first: true },
    { time: T0 + 6 * DAY_MS, senderId: 9, sender: '95188', item: 'debt:速借宝', messageId: 90, first: true },
    { time: T0 - 20 * DAY_MS, senderId: 5, sender: '1069000012345', item: 'phones.0', messageId: 50, first: true },
  ],
  incidents: [
    {
      id: 'platform:速借宝',
      title: '速借宝',
      platform: '速借宝',
      cluster: null,
      contactsDrawnIn: T0 + DAY_MS,
      steps: [
        { time: T0 - DAY_MS, messageId: 65, senderId: 6, sender: '+8617099990003', stage: 'overdue', category: 'debt_collection' },
        { time: T0 + DAY_MS, messageId: 71, senderId: 7, sender: '+8617099990001', stage: 'contacts', category: 'debt_collection' },
      ],
    },
  ],
};

describe('events around a moment', () => {
  it('lists exposures and incident steps within ±3 days in time order', () => {
    const entries = eventsAround(view, T0, 3);
    expect(entries.map((e) => e.messageId)).toEqual([81, 65, 70, 71]);
    expect(entries[1]).toMatchObject({ kind: 'step', stage: 'overdue', incident: '速借宝' });
  });

  it('widens to the debt notice six days later with ±7 days', () => {
    expect(eventsAround(view, T0, 7).map((e) => e.messageId)).toEqual([81, 65, 70, 71, 90]);
  });

  it('keeps only the moment itself with ±1 day when nothing else is that close', () => {
    const entries = eventsAround(view, T0, 1);
    expect(entries.map((e) => e.messageId)).toEqual([65, 70, 71]);
  });

  it('includes events exactly N days away', () => {
    expect(eventsAround(view, T0, 20).map((e) => e.messageId)).toContain(50);
  });
});
