// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SenderKind } from '../model/sender';
import { type Stats } from '../model/stats';

export function getStats(db: Database): Stats {
  const m = db
    .prepare(
      `SELECT count(*) AS messages,
              coalesce(sum(direction = 'in'), 0) AS incoming,
              coalesce(sum(direction = 'out'), 0) AS outgoing,
              coalesce(sum(time_suspect), 0) AS suspect
       FROM messages`,
    )
    .get() as { messages: number; incoming: number; outgoing: number; suspect: number };
  const range = db
    .prepare(
      `SELECT min(time) AS first, max(time) AS last FROM (
         SELECT time FROM messages WHERE time_suspect = 0 UNION ALL SELECT time FROM calls WHERE time_suspect = 0)`,
    )
    .get() as { first: number | null; last: number | null };
  const calls = db.prepare('SELECT count(*) AS n, coalesce(sum(time_suspect), 0) AS suspect FROM calls').get() as {
    n: number;
    suspect: number;
  };
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
    incoming: m.incoming,
    outgoing: m.outgoing,
    calls: calls.n,
    senders,
    sources,
    firstTime: range.first,
    lastTime: range.last,
    suspectTimes: m.suspect + calls.suspect,
    sendersByKind: byKind,
  };
}
