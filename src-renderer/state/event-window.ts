// SPDX-License-Identifier: MIT
// "What else happened around this message": the first-knowledge events and incident steps within
// ±N days of a chosen moment, in time order, so that a leak can be read next to what caused it.
import type { IncidentStage, TimelineView } from '../../src-main/ipc/contract';
import { DAY_MS } from './time-scale';

export const WINDOW_DAYS = [1, 3, 7, 30] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];

export type WindowEntry =
  | { kind: 'exposure'; time: number; messageId: number; senderId: number; sender: string; item: string }
  | { kind: 'step'; time: number; messageId: number; senderId: number; sender: string; stage: IncidentStage; incident: string };

export function eventsAround(view: Pick<TimelineView, 'events' | 'incidents'>, center: number, days: number): WindowEntry[] {
  const from = center - days * DAY_MS;
  const to = center + days * DAY_MS;
  const entries: WindowEntry[] = [];
  for (const e of view.events) {
    if (e.time < from || e.time > to) continue;
    entries.push({ kind: 'exposure', time: e.time, messageId: e.messageId, senderId: e.senderId, sender: e.sender, item: e.item });
  }
  for (const incident of view.incidents) {
    for (const s of incident.steps) {
      if (s.time < from || s.time > to) continue;
      entries.push({ kind: 'step', time: s.time, messageId: s.messageId, senderId: s.senderId, sender: s.sender, stage: s.stage, incident: incident.title });
    }
  }
  // Stable for equal times: exposures before steps, then by message, so the list never reshuffles.
  return entries.sort((a, b) => a.time - b.time || (a.kind === b.kind ? 0 : a.kind === 'exposure' ? -1 : 1) || a.messageId - b.messageId);
}
