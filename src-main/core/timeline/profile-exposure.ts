// SPDX-License-Identifier: MIT
// The profile's side of the timeline: its items as the timeline labels them (masked unless the
// user asked to see them) and, from the precomputed `exposures`, which sender first showed
// each item, with which message and how often.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ProfileItem } from '../model/profile';
import type { ExposureEvent, TimelineItem } from '../model/timeline';
import { maskProfileValue } from '../profile/profile-items';

export function profileTimelineItems(items: readonly ProfileItem[], reveal: boolean): TimelineItem[] {
  return items.map((i) => {
    const shown = reveal ? i.value : maskProfileValue(i.type, i.value);
    // A relative's label already holds the name ("父亲 林建国"): it is shown the way the value is.
    const label = i.label.split(i.value).join(shown);
    return { key: i.key, type: i.type, label: label.includes(shown) ? label : `${label} ${shown}` };
  });
}

export interface ProfileKnowledge {
  senderId: number;
  sender: string;
  item: string;
  firstTime: number;
  messageId: number;
  mentions: number;
}

/** Sender × item first knowledge for the given items, in time order. */
export function profileKnowledge(db: Database, itemKeys: readonly string[]): ProfileKnowledge[] {
  if (itemKeys.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT e.sender_id, s.address, e.item, e.first_time, e.first_message, e.mentions
       FROM exposures e JOIN senders s ON s.id = e.sender_id
       WHERE e.item IN (SELECT value FROM json_each(?)) ORDER BY e.first_time, e.first_message`,
    )
    .raw()
    .all(JSON.stringify(itemKeys)) as [number, string, string, number, number, number][];
  return rows.map(([senderId, sender, item, firstTime, messageId, mentions]) => ({ senderId, sender, item, firstTime, messageId, mentions }));
}

/** Every message showing one of the items, first or not, in time order. */
export function profileMentionEvents(db: Database, itemKeys: readonly string[]): ExposureEvent[] {
  if (itemKeys.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT f.time, f.sender_id, s.address, f.item, f.message_id, f.message_id = e.first_message
       FROM exposure_facts f JOIN senders s ON s.id = f.sender_id
       JOIN exposures e ON e.sender_id = f.sender_id AND e.item = f.item
       WHERE f.item IN (SELECT value FROM json_each(?)) ORDER BY f.time, f.message_id, f.item`,
    )
    .raw()
    .all(JSON.stringify(itemKeys)) as [number, number, string, string, number, 0 | 1][];
  return rows.map(([time, senderId, sender, item, messageId, first]) => ({ time, senderId, sender, item, messageId, first: first === 1 }));
}
