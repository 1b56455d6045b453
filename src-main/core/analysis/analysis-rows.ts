// SPDX-License-Identifier: MIT
// How an analysis is stored and read back. The workers encode (signals and findings as compact
// JSON arrays, signal codes as bit sets) so that the one writing thread only binds and inserts;
// profile mentions get rows of their own, since the timeline queries them by item and message.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category, CategorySource, MessageAnalysis, PiiFinding, ProfileMention, Signal } from '../model/analysis';
import { signalBits } from './signal-bits';

type CompactSignal = [Signal['code'], number | null, number | null];
type CompactFinding = [PiiFinding['type'], string, number, number, number];

/** One message's analysis, ready to store (and cheap to post between threads). */
export interface EncodedAnalysis {
  messageId: number;
  senderId: number;
  /** The message had an analysis (and maybe mentions) before this one. */
  hadRow: boolean;
  category: Category;
  categorySource: CategorySource;
  risk: number;
  bitsA: bigint;
  bitsB: bigint;
  signals: string;
  pii: string;
  mentions: ProfileMention[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function encodeAnalysis(messageId: number, senderId: number, hadRow: boolean, a: MessageAnalysis): EncodedAnalysis {
  const bits = signalBits(a.signals);
  return {
    messageId,
    senderId,
    hadRow,
    category: a.category,
    categorySource: a.categorySource,
    risk: round(a.risk),
    bitsA: bits.a,
    bitsB: bits.b,
    signals: JSON.stringify(a.signals.map((s): CompactSignal => [s.code, s.start, s.end])),
    pii: JSON.stringify(a.pii.map((f): CompactFinding => [f.type, f.value, f.start, f.end, round(f.score)])),
    mentions: a.mentions,
  };
}

/** Prepared statements to store analyses; run inside the caller's transaction. */
export function analysisWriter(db: Database, basis: number): (row: EncodedAnalysis) => void {
  const upsert = db.prepare(
    `INSERT INTO analysis (message_id, category, category_source, risk, signal_bits_a, signal_bits_b, basis)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (message_id) DO UPDATE SET category = excluded.category, category_source = excluded.category_source,
       risk = excluded.risk, signal_bits_a = excluded.signal_bits_a, signal_bits_b = excluded.signal_bits_b, basis = excluded.basis`,
  );
  const evidence = db.prepare('INSERT OR REPLACE INTO analysis_evidence (message_id, signals, pii) VALUES (?, ?, ?)');
  const clearMentions = db.prepare('DELETE FROM pii_mentions WHERE message_id = ?');
  const addMention = db.prepare(
    'INSERT INTO pii_mentions (message_id, item_key, type, value, start, "end", match_kind, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return (r) => {
    upsert.run(r.messageId, r.category, r.categorySource, r.risk, r.bitsA, r.bitsB, basis);
    evidence.run(r.messageId, r.signals, r.pii);
    if (r.hadRow) clearMentions.run(r.messageId);
    for (const m of r.mentions) {
      addMention.run(r.messageId, m.itemKey, m.itemKey.split('.')[0]!, m.value, m.start, m.end, m.matchKind, round(m.score));
    }
  };
}

interface StoredRow {
  category: Category;
  category_source: CategorySource;
  risk: number;
  signals: string | null;
  pii: string | null;
}

/** The stored analysis of one message, or null if it has not been analysed. */
export function readAnalysis(db: Database, messageId: number): MessageAnalysis | null {
  const row = db
    .prepare(
      `SELECT a.category, a.category_source, a.risk, e.signals, e.pii
       FROM analysis a LEFT JOIN analysis_evidence e ON e.message_id = a.message_id WHERE a.message_id = ?`,
    )
    .get(messageId) as StoredRow | undefined;
  if (!row) return null;
  const mentions = db
    .prepare('SELECT item_key AS itemKey, value, start, "end", match_kind AS matchKind, score FROM pii_mentions WHERE message_id = ? AND item_key IS NOT NULL ORDER BY start')
    .all(messageId) as ProfileMention[];
  return {
    category: row.category,
    categorySource: row.category_source,
    risk: row.risk,
    signals: (JSON.parse(row.signals ?? '[]') as CompactSignal[]).map(([code, start, end]) => ({ code, start, end })),
    pii: (JSON.parse(row.pii ?? '[]') as CompactFinding[]).map(([type, value, start, end, score]) => ({ type, value, start, end, score })),
    mentions,
  };
}
