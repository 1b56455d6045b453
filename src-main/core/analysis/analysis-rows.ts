// SPDX-License-Identifier: MIT
// How an analysis is stored and read back. Signals and findings are kept as compact JSON arrays
// (a million messages carry several million of them); profile mentions get rows of their own,
// since the timeline queries them by item and by message.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category, CategorySource, MessageAnalysis, PiiFinding, ProfileMention, Signal } from '../model/analysis';
import { signalBits } from './signal-bits';

type CompactSignal = [Signal['code'], number | null, number | null];
type CompactFinding = [PiiFinding['type'], string, number, number, number];

export interface AnalysedMessage {
  messageId: number;
  analysis: MessageAnalysis;
}

/** Prepared statements to store analyses; run inside the caller's transaction. */
export function analysisWriter(db: Database, basis: string): (row: AnalysedMessage) => void {
  const upsert = db.prepare(
    `INSERT INTO analysis (message_id, category, category_source, risk, signals, signal_bits_a, signal_bits_b, pii, basis)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (message_id) DO UPDATE SET category = excluded.category, category_source = excluded.category_source,
       risk = excluded.risk, signals = excluded.signals, signal_bits_a = excluded.signal_bits_a,
       signal_bits_b = excluded.signal_bits_b, pii = excluded.pii, basis = excluded.basis`,
  );
  const clearMentions = db.prepare('DELETE FROM pii_mentions WHERE message_id = ?');
  const addMention = db.prepare(
    'INSERT INTO pii_mentions (message_id, item_key, type, value, start, "end", match_kind, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return ({ messageId, analysis: a }) => {
    const bits = signalBits(a.signals);
    const signals = JSON.stringify(a.signals.map((s): CompactSignal => [s.code, s.start, s.end]));
    const pii = JSON.stringify(a.pii.map((f): CompactFinding => [f.type, f.value, f.start, f.end, round(f.score)]));
    upsert.run(messageId, a.category, a.categorySource, round(a.risk), signals, bits.a, bits.b, pii, basis);
    clearMentions.run(messageId);
    for (const m of a.mentions) {
      addMention.run(messageId, m.itemKey, itemType(m.itemKey), m.value, m.start, m.end, m.matchKind, round(m.score));
    }
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const itemType = (key: string) => key.split('.')[0]!;

interface StoredRow {
  category: Category;
  category_source: CategorySource;
  risk: number;
  signals: string;
  pii: string;
}

/** The stored analysis of one message, or null if it has not been analysed. */
export function readAnalysis(db: Database, messageId: number): MessageAnalysis | null {
  const row = db.prepare('SELECT category, category_source, risk, signals, pii FROM analysis WHERE message_id = ?').get(messageId) as
    | StoredRow
    | undefined;
  if (!row) return null;
  const mentions = db
    .prepare('SELECT item_key AS itemKey, value, start, "end", match_kind AS matchKind, score FROM pii_mentions WHERE message_id = ? AND item_key IS NOT NULL ORDER BY start')
    .all(messageId) as ProfileMention[];
  return {
    category: row.category,
    categorySource: row.category_source,
    risk: row.risk,
    signals: (JSON.parse(row.signals) as CompactSignal[]).map(([code, start, end]) => ({ code, start, end })),
    pii: (JSON.parse(row.pii) as CompactFinding[]).map(([type, value, start, end, score]) => ({ type, value, start, end, score })),
    mentions,
  };
}
