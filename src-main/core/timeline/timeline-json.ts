// SPDX-License-Identifier: MIT
// The timeline in the shape `leakline timeline --json` prints (issue 6's interface for tests and
// scripts): snake_case, times as ISO 8601 UTC, senders by their normalised address.
import type { Timeline } from '../model/timeline';

export interface TimelineJson {
  items: { key: string; type: string; label: string }[];
  events: { time: string; sender: string; item: string; message_id: number; first: boolean }[];
  senders: {
    address: string;
    kind: string;
    first_seen: string | null;
    last_seen: string | null;
    messages: number;
    calls: number;
    knows: string[];
    cluster: number | null;
    risk: number;
  }[];
  clusters: { id: number; senders: string[]; reasons: { kind: string; value: string; senders: string[]; message_ids: number[] }[] }[];
}

const iso = (ms: number) => new Date(ms).toISOString();

export function timelineJson(t: Timeline): TimelineJson {
  return {
    items: t.items.map((i) => ({ key: i.key, type: i.type, label: i.label })),
    events: t.events.map((e) => ({ time: iso(e.time), sender: e.sender, item: e.item, message_id: e.messageId, first: e.first })),
    senders: t.senders.map((s) => ({
      address: s.address,
      kind: s.kind,
      first_seen: s.firstSeen === null ? null : iso(s.firstSeen),
      last_seen: s.lastSeen === null ? null : iso(s.lastSeen),
      messages: s.messages,
      calls: s.calls,
      knows: s.knows.map((k) => k.item),
      cluster: s.cluster,
      risk: s.risk,
    })),
    clusters: t.clusters.map((c) => ({
      id: c.id,
      senders: c.senders,
      reasons: c.reasons.map((r) => ({ kind: r.kind, value: r.value, senders: r.senders, message_ids: r.messageIds })),
    })),
  };
}
