// SPDX-License-Identifier: MIT
// Counts over the stored analysis: per category and per signal (for the filters), how much is
// stale, and what the learned model knows. One pass over the analysis table.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CATEGORIES, SIGNAL_CODES } from '../model/analysis';
import type { AnalysisSummary, ProfileItemUse } from '../model/analysis-summary';
import { loadProfile } from '../profile/profile-store';
import { profileFingerprint } from '../profile/profile-fingerprint';
import { countLabels } from '../learning/labels-store';
import { learnedModelExamples, NO_MODEL } from '../learning/learned-model-store';
import { analysisBasis } from './analysis-basis';
import { signalBit } from './signal-bits';

export const HIGH_RISK = 0.7;

/** The basis a fresh analysis would use now, without retraining anything. */
export function currentBasis(db: Database): number {
  const model = (db.prepare('SELECT fingerprint FROM learned_model WHERE id = 1').pluck().get() as string | undefined) ?? NO_MODEL;
  return analysisBasis(profileFingerprint(loadProfile(db)), model);
}

export function summarizeAnalysis(db: Database): AnalysisSummary {
  const messages = db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
  const signalSums = SIGNAL_CODES.map((code) => {
    const bit = signalBit(code);
    return `sum((signal_bits_${bit.column} & ${bit.mask}) <> 0)`;
  });
  const totals = db
    .prepare(`SELECT count(*), sum(basis <> ?), sum(risk >= ${HIGH_RISK}), ${signalSums.join(', ')} FROM analysis`)
    .raw()
    .get(currentBasis(db)) as (number | null)[];
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as AnalysisSummary['categories'];
  for (const [category, n] of db.prepare('SELECT category, count(*) FROM analysis GROUP BY category').raw().all() as [keyof typeof categories, number][]) {
    categories[category] = n;
  }
  const analysed = totals[0] ?? 0;
  return {
    messages,
    analysed,
    stale: (totals[1] ?? 0) + (messages - analysed),
    categories,
    signals: SIGNAL_CODES.map((code, i) => ({ code, messages: totals[3 + i] ?? 0 })).filter((s) => s.messages > 0),
    highRisk: totals[2] ?? 0,
    labels: countLabels(db),
    modelExamples: learnedModelExamples(db),
  };
}

/** For each profile item that any message mentions: in how many messages, from how many senders. */
export function profileItemUses(db: Database): ProfileItemUse[] {
  return db
    .prepare(
      `SELECT p.item_key AS key, count(DISTINCT p.message_id) AS messages, count(DISTINCT m.sender_id) AS senders
       FROM pii_mentions p JOIN messages m ON m.id = p.message_id
       WHERE p.item_key IS NOT NULL GROUP BY p.item_key ORDER BY p.item_key`,
    )
    .all() as ProfileItemUse[];
}
