// SPDX-License-Identifier: MIT
// The incoming messages a piece of advice rests on, selected by category and signals, and the
// counts its facts give. Advice cites at most a sample of them; its facts count them all.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category, SignalCode } from '../model/analysis';
import { anySignalSql, notInstitutionSql } from './advice-senders';

export interface Basis {
  messageIds: number[];
  senderIds: number[];
  /** The earliest sane time among them, null when none. */
  first: number | null;
}

export interface BasisQuery {
  categories: readonly Category[];
  /** Only messages that raised one of these signals. */
  signals?: readonly SignalCode[];
  /** Leave out institutions' own numbers (banks, carriers, authorities). */
  skipInstitutions?: boolean;
  /** Leave out these senders. */
  skipSenders?: readonly number[];
}

/** How many message ids an advice carries for citation. */
export const CITED_PER_ADVICE = 100;

export function basisOf(db: Database, q: BasisQuery): Basis {
  const where = [`a.category IN (${q.categories.map(() => '?').join(', ')})`, "m.direction = 'in'"];
  const params: unknown[] = [...q.categories];
  if (q.signals) {
    const cond = anySignalSql(q.signals);
    where.push(cond.sql);
    params.push(...cond.params);
  }
  if (q.skipInstitutions) {
    const cond = notInstitutionSql();
    where.push(cond.sql);
    params.push(...cond.params);
  }
  if (q.skipSenders && q.skipSenders.length > 0) {
    where.push('m.sender_id NOT IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(q.skipSenders));
  }
  const rows = db
    .prepare(
      `SELECT m.id, m.sender_id AS senderId, m.time, m.time_suspect AS suspect
       FROM analysis a JOIN messages m ON m.id = a.message_id JOIN senders s ON s.id = m.sender_id
       WHERE ${where.join(' AND ')} ORDER BY m.id`,
    )
    .all(...params) as { id: number; senderId: number; time: number; suspect: number }[];
  const senders = new Set<number>();
  let first: number | null = null;
  for (const r of rows) {
    senders.add(r.senderId);
    if (r.suspect === 0 && (first === null || r.time < first)) first = r.time;
  }
  return { messageIds: rows.map((r) => r.id), senderIds: [...senders], first };
}

/** The platform the messages name most often (a lender or app), from the analysis' findings. */
export function topPlatform(db: Database, messageIds: readonly number[]): string | null {
  if (messageIds.length === 0) return null;
  const row = db
    .prepare(
      `SELECT f.value ->> 1 AS name, count(DISTINCT e.message_id) AS n
       FROM analysis_evidence e, json_each(e.pii) f
       WHERE e.message_id IN (SELECT value FROM json_each(?)) AND f.value ->> 0 = 'platform' AND f.value ->> 4 >= 0.5
       GROUP BY name ORDER BY n DESC, name LIMIT 1`,
    )
    .get(JSON.stringify(messageIds)) as { name: string } | undefined;
  return row?.name ?? null;
}
