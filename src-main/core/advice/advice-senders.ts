// SPDX-License-Identifier: MIT
// Which senders advice treats as the lender and which as "anyone else", read from the analysis:
// a lender writes about the debt from a registered business port (106…, 95…, short codes) and
// never sends fraud; an institution's own number is never counted against the user's interest.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AUTHORITY_NUMBERS, INSTITUTION_NUMBERS } from './official-channels';
import { signalBit } from '../analysis/signal-bits';
import type { SignalCode } from '../model/analysis';

export interface LenderSenders {
  ids: number[];
  /** The earliest text any of them sent (sane dates only); null without a lender. */
  firstTime: number | null;
  /** The 【signature】 the lender signs with, when it signs. */
  name: string | null;
}

const BUSINESS_KINDS = "('sms_gateway', 'bank_service', 'short_code')";

/**
 * Senders that wrote about a debt from a business port and sent no fraud, from the per-sender
 * category counts the timeline keeps (`sender_activity`): one row per sender instead of a scan of
 * every message.
 */
export function lenderSenders(db: Database): LenderSenders {
  const rows = db
    .prepare(
      `SELECT s.id, s.address FROM sender_activity a JOIN senders s ON s.id = a.sender_id
       WHERE s.kind IN ${BUSINESS_KINDS}
         AND coalesce(a.categories ->> '$.debt_collection', 0) > 0 AND coalesce(a.categories ->> '$.fraud', 0) = 0`,
    )
    .all() as { id: number; address: string }[];
  const ids = rows.filter((r) => !AUTHORITY_NUMBERS.has(r.address)).map((r) => r.id);
  if (ids.length === 0) return { ids, firstTime: null, name: null };
  const json = JSON.stringify(ids);
  const first = db
    .prepare(
      `SELECT m.time, substr(m.body, 1, 24) AS head FROM messages m
       WHERE m.sender_id IN (SELECT value FROM json_each(?)) AND m.direction = 'in' AND m.time_suspect = 0
       ORDER BY m.time LIMIT 1`,
    )
    .get(json) as { time: number; head: string } | undefined;
  const signature = first ? /^【([^】]{2,20})】/u.exec(first.head) : null;
  return { ids, firstTime: first?.time ?? null, name: signature?.[1] ?? null };
}

/** An SQL condition (on alias `s`) for senders that are not an institution's own number. */
export function notInstitutionSql(): { sql: string; params: string[] } {
  const numbers = [...INSTITUTION_NUMBERS];
  return { sql: `s.address NOT IN (${numbers.map(() => '?').join(', ')})`, params: numbers };
}

/** An SQL condition (on alias `a`) true when the analysis raised any of the signals. */
export function anySignalSql(codes: readonly SignalCode[]): { sql: string; params: bigint[] } {
  let maskA = 0n;
  let maskB = 0n;
  for (const code of codes) {
    const bit = signalBit(code);
    if (bit.column === 'a') maskA |= bit.mask;
    else maskB |= bit.mask;
  }
  return { sql: '((a.signal_bits_a & ?) <> 0 OR (a.signal_bits_b & ?) <> 0)', params: [maskA, maskB] };
}

/** How many of the analysis rows carry the signal, among the given message ids. */
export function countSignal(db: Database, messageIds: readonly number[], code: SignalCode): number {
  if (messageIds.length === 0) return 0;
  const cond = anySignalSql([code]);
  return (
    db.prepare(`SELECT count(*) AS n FROM analysis a WHERE a.message_id IN (SELECT value FROM json_each(?)) AND ${cond.sql}`).get(JSON.stringify(messageIds), ...cond.params) as {
      n: number;
    }
  ).n;
}
