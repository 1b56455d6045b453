// SPDX-License-Identifier: MIT
// Assembles the leak timeline from the precomputed tables: the items (profile and debts), the
// exposure events and step curves, the dossiers, the linkage clusters and the debt incidents.
// The app's view takes first-knowledge events only and pages the dossiers; the CLI and the
// report take everything. Stale tables are refreshed first, so the answer always matches the
// analysis even if nobody called refreshTimeline after it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { senderClusterIds, senderClusters } from '../linkage/cluster-store';
import type { ExposureCurve, ExposureEvent, SenderDossier, Timeline, TimelineView } from '../model/timeline';
import { loadProfile } from '../profile/profile-store';
import { profileItems } from '../profile/profile-items';
import { debtStories, readDebtFacts } from './debt-stories';
import { storedDebtStories } from './stored-debt-stories';
import { profileKnowledge, profileMentionEvents, profileTimelineItems } from './profile-exposure';
import { ensureTimelineFresh } from './refresh-timeline';
import { allDossiers, pageDossiers, type DossierQuery } from './sender-dossiers';

export interface TimelineOptions {
  reveal: boolean;
  /** 'all': every mention (first or not), as `leakline timeline --json` lists; default 'first'. */
  events?: 'first' | 'all';
}

/** At most this many absurd-dated messages are listed; the histogram counts them all. */
export const SUSPECT_LIST_CAP = 1000;

const byTime = (a: ExposureEvent, b: ExposureEvent) => a.time - b.time || a.messageId - b.messageId || a.item.localeCompare(b.item);

function curvesOf(firstEvents: readonly ExposureEvent[], itemKeys: readonly string[]): ExposureCurve[] {
  const points = new Map<string, ExposureCurve['points']>(itemKeys.map((k) => [k, []]));
  for (const e of firstEvents) {
    const list = points.get(e.item);
    if (list) list.push({ time: e.time, senders: list.length + 1, senderId: e.senderId, messageId: e.messageId });
  }
  return [...points].map(([item, p]) => ({ item, points: p }));
}

function suspectTimes(db: Database): Timeline['suspectTimes'] {
  const rows = db
    .prepare(`SELECT id, time, sender_id FROM messages WHERE time_suspect = 1 AND direction = 'in' ORDER BY id LIMIT ${SUSPECT_LIST_CAP}`)
    .raw()
    .all() as [number, number, number][];
  return rows.map(([messageId, time, senderId]) => ({ messageId, time, senderId }));
}

interface Parts {
  view: TimelineView;
  knowledge: { senderId: number; item: string; firstTime: number; messageId: number; mentions: number }[];
  clusterOf: Map<number, number>;
  debtEvents: ExposureEvent[];
  profileKeys: string[];
}

function parts(db: Database, reveal: boolean, withDebtEvents = false): Parts {
  ensureTimelineFresh(db);
  const profile = profileItems(loadProfile(db));
  const profileKeys = profile.map((i) => i.key);
  const clusterOf = senderClusterIds(db);
  // Every mention of a debt is only listed by `events: 'all'`; the rest is stored between refreshes.
  const debts = withDebtEvents ? debtStories(readDebtFacts(db), clusterOf) : { ...storedDebtStories(db, clusterOf), events: [] };
  const known = profileKnowledge(db, profileKeys);
  const knowledge = [...known, ...debts.knowledge];
  const items = [...profileTimelineItems(profile, reveal), ...debts.items];
  const events = knowledge
    .map((k): ExposureEvent => ({ time: k.firstTime, senderId: k.senderId, sender: k.sender, item: k.item, messageId: k.messageId, first: true }))
    .sort(byTime);
  return {
    view: {
      items,
      events,
      curves: curvesOf(events, items.map((i) => i.key)),
      clusters: senderClusters(db),
      incidents: debts.incidents,
      suspectTimes: suspectTimes(db),
    },
    knowledge,
    clusterOf,
    debtEvents: debts.events,
    profileKeys,
  };
}

/** What 'timeline:get' returns: first-knowledge events only (capped per item), no dossiers. */
export function timelineView(db: Database, options: { reveal: boolean }): TimelineView {
  return drawable(parts(db, options.reveal).view);
}

/**
 * At most this many first-knowledge markers per item on the page, the earliest (who knew first is
 * what matters), and as many points of its curve, evenly taken with the last kept (the lane's total
 * stays exact). A lane of sixteen thousand collectors cannot be drawn point by point, and sending
 * them all would cost the view its budget; the CLI and the report get everything.
 */
export const VIEW_EVENTS_PER_ITEM = 1000;

export function drawable(view: TimelineView): TimelineView {
  const shown = new Map<string, number>();
  const events = view.events.filter((e) => {
    const n = shown.get(e.item) ?? 0;
    shown.set(e.item, n + 1);
    return n < VIEW_EVENTS_PER_ITEM;
  });
  const curves = view.curves.map((c) => {
    if (c.points.length <= VIEW_EVENTS_PER_ITEM) return c;
    const step = c.points.length / VIEW_EVENTS_PER_ITEM;
    const points = Array.from({ length: VIEW_EVENTS_PER_ITEM - 1 }, (_, i) => c.points[Math.floor(i * step)]!);
    return { ...c, points: [...points, c.points.at(-1)!] };
  });
  return { ...view, events, curves };
}

/** The whole timeline with every dossier (the CLI and the evidence report). */
export function buildTimeline(db: Database, options: TimelineOptions): Timeline {
  const p = parts(db, options.reveal, options.events === 'all');
  const events = options.events === 'all' ? [...profileMentionEvents(db, p.profileKeys), ...p.debtEvents].sort(byTime) : p.view.events;
  return { ...p.view, events, senders: allDossiers(db, p.knowledge, p.clusterOf) };
}

/** One page of dossiers for 'senders:dossiers'. */
export function senderDossiers(db: Database, query: DossierQuery): { total: number; rows: SenderDossier[] } {
  const p = parts(db, false);
  return pageDossiers(allDossiers(db, p.knowledge, p.clusterOf), query);
}
