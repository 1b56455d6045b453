// SPDX-License-Identifier: MIT
// Reads from the database everything one report shows, so that rendering is a pure function of the
// result and every format (HTML, PDF, CSV, JSONL) tells the same story.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DateTime } from 'luxon';
import type { ProfileItem } from '../model/profile';
import type { ReportInput, ReportLang } from '../model/report';
import type { Timeline } from '../model/timeline';
import { loadProfile } from '../profile/profile-store';
import { profileItems } from '../profile/profile-items';
import { chooseCitations, DEFAULT_CITATION_CAP, loadCitedMessages } from './cite-messages';
import { databaseContentHash } from './content-hash';
import { markedAnnotations } from '../annotations/read-annotations';
import { maskCitedText } from './mask-cited-text';
import { defaultReportSources, type ReportSources } from './report-sources';

export interface CollectOptions {
  reveal: boolean;
  lang?: ReportLang;
  /** IANA zone for local times; default the machine's. */
  timeZone?: string;
  now?: number;
  appVersion?: string;
  /** At most this many cited messages (default 5000); the report says how many were left out. */
  cap?: number;
}

export function collectReportInput(db: Database, options: CollectOptions, sources: ReportSources = defaultReportSources): ReportInput {
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = options.now ?? Date.now();
  const items = profileItems(loadProfile(db));
  const built = sources.timeline(db, { reveal: options.reveal });
  const timeline = options.reveal ? built : maskTimelineText(built, items);
  const advice = sources.advice(db);
  const annotations = markedAnnotations(db, 'message');
  const { cited, total } = chooseCitations(timeline, advice, options.cap ?? DEFAULT_CITATION_CAP, annotations.keys());
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    timeline,
    advice,
    messages: loadCitedMessages(db, cited, { reveal: options.reveal, items, annotations }),
    citable: total,
    monthly: monthlyCounts(db, timeZone, now),
    totals: {
      messages: count('SELECT count(*) FROM messages'),
      calls: count('SELECT count(*) FROM calls'),
      senders: count('SELECT count(*) FROM senders'),
      sources: count('SELECT count(*) FROM sources'),
    },
    generatedAt: now,
    dbContentHash: databaseContentHash(db),
    reveal: options.reveal,
    lang: options.lang ?? 'zh',
    timeZone,
    appVersion: options.appVersion ?? '',
  };
}

/**
 * The free text a timeline carries (item labels, shared values behind links, incident titles, the
 * user's notes on senders) may quote the user's details; a masked report masks them there too,
 * whoever built the timeline.
 */
function maskTimelineText(timeline: Timeline, items: readonly ProfileItem[]): Timeline {
  const mask = (text: string) => maskCitedText(text, [], items);
  return {
    ...timeline,
    items: timeline.items.map((i) => ({ ...i, label: mask(i.label) })),
    clusters: timeline.clusters.map((c) => ({ ...c, reasons: c.reasons.map((r) => ({ ...r, value: mask(r.value) })) })),
    incidents: timeline.incidents.map((inc) => ({ ...inc, title: mask(inc.title) })),
    senders: timeline.senders.map((s) => (s.annotation.note === null ? s : { ...s, annotation: { ...s.annotation, note: mask(s.annotation.note) } })),
  };
}

/**
 * Messages per calendar month in the report's zone, months without messages included. The zone's
 * offset at generation time is applied to every message: exact for China (no daylight saving),
 * at most an hour off at month edges elsewhere, and one grouped scan instead of a per-row zone lookup.
 */
function monthlyCounts(db: Database, timeZone: string, now: number): ReportInput['monthly'] {
  const offsetMs = (DateTime.fromMillis(now, { zone: timeZone }).offset || 0) * 60_000;
  const rows = db
    .prepare(
      `SELECT strftime('%Y-%m', (time + ?) / 1000, 'unixepoch') AS month, count(*) AS count
         FROM messages WHERE time_suspect = 0 GROUP BY month ORDER BY month`,
    )
    .all(offsetMs) as { month: string; count: number }[];
  if (rows.length === 0) return [];
  const counts = new Map(rows.map((r) => [r.month, r.count]));
  const out: ReportInput['monthly'] = [];
  let [y, m] = rows[0]!.month.split('-').map(Number) as [number, number];
  const last = rows.at(-1)!.month;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
