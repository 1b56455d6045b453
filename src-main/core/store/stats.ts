// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SenderKind } from '../model/sender';
import { type Stats } from '../model/stats';

export function getStats(db: Database): Stats {
  // Ids are time-ordered, so the first and last plausible times are at the two ends of the
  // primary key; the flagged (absurd) times are few and skipped.
  const m = db
    .prepare(
      `SELECT (SELECT coalesce(sum(messages_added), 0) FROM sources) AS messages,
              (SELECT count(*) FROM messages INDEXED BY messages_order WHERE direction = 'out') AS outgoing,
              (SELECT count(*) FROM messages WHERE time_suspect = 1) AS suspect,
              (SELECT time FROM messages WHERE time_suspect = 0 ORDER BY id LIMIT 1) AS first,
              (SELECT time FROM messages WHERE time_suspect = 0 ORDER BY id DESC LIMIT 1) AS last`,
    )
    .get() as { messages: number; outgoing: number; suspect: number; first: number | null; last: number | null };
  const calls = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(time_suspect), 0) AS suspect,
              min(CASE WHEN time_suspect = 0 THEN time END) AS first, max(CASE WHEN time_suspect = 0 THEN time END) AS last
       FROM calls`,
    )
    .get() as { n: number; suspect: number; first: number | null; last: number | null };
  const earliest = [m.first, calls.first].filter((t): t is number => t !== null);
  const latest = [m.last, calls.last].filter((t): t is number => t !== null);
  const sources = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  const byKind = Object.fromEntries(SenderKind.options.map((k) => [k, 0])) as Record<SenderKind, number>;
  let senders = 0;
  for (const r of db.prepare('SELECT kind, count(*) AS n FROM senders GROUP BY kind').all() as {
    kind: SenderKind;
    n: number;
  }[]) {
    byKind[r.kind] = r.n;
    senders += r.n;
  }
  return {
    messages: m.messages,
    incoming: m.messages - m.outgoing,
    outgoing: m.outgoing,
    calls: calls.n,
    senders,
    sources,
    firstTime: earliest.length ? Math.min(...earliest) : null,
    lastTime: latest.length ? Math.max(...latest) : null,
    suspectTimes: m.suspect + calls.suspect,
    sendersByKind: byKind,
  };
}
