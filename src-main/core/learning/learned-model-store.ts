// SPDX-License-Identifier: MIT
// Trains the on-device model from the user's labels and keeps it in the (encrypted) database.
// The fingerprint names the labels it was trained on, so analysis rows know which model they saw.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category } from '../model/analysis';
import { NaiveBayes, NaiveBayesData, trainNaiveBayes } from './naive-bayes';

/** Messages taken from one labelled sender: enough to learn its style, not to drown the rest. */
const PER_SENDER = 200;
export const NO_MODEL = 'none';

export interface StoredModel {
  fingerprint: string;
  /** What the analysis workers are handed to build their own copy. */
  data: NaiveBayesData | null;
  model: NaiveBayes | null;
}

function stored(fingerprint: string, data: NaiveBayesData | null): StoredModel {
  return { fingerprint, data, model: data ? new NaiveBayes(data) : null };
}

function labelFingerprint(db: Database): string {
  const rows = db.prepare('SELECT coalesce(message_id, -sender_id) AS target, category FROM labels ORDER BY target').raw().all();
  if (rows.length === 0) return NO_MODEL;
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

function* trainingExamples(db: Database): Generator<{ text: string; category: Category }> {
  const own = db
    .prepare("SELECT m.body AS text, l.category FROM labels l JOIN messages m ON m.id = l.message_id WHERE m.direction = 'in'")
    .iterate() as Iterable<{ text: string; category: Category }>;
  yield* own;
  const senders = db.prepare('SELECT sender_id, category FROM labels WHERE sender_id IS NOT NULL').all() as {
    sender_id: number;
    category: Category;
  }[];
  const bodies = db
    .prepare(
      `SELECT body FROM messages m WHERE sender_id = ? AND direction = 'in'
         AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.message_id = m.id) ORDER BY id DESC LIMIT ${PER_SENDER}`,
    )
    .pluck();
  for (const s of senders) {
    for (const text of bodies.all(s.sender_id) as string[]) yield { text, category: s.category };
  }
}

/** Retrains when the labels changed since the stored model; returns the current model. */
export function refreshLearnedModel(db: Database, now = Date.now()): StoredModel {
  const fingerprint = labelFingerprint(db);
  const saved = db.prepare('SELECT fingerprint, data FROM learned_model WHERE id = 1').get() as { fingerprint: string; data: string } | undefined;
  if (saved?.fingerprint === fingerprint) return stored(fingerprint, NaiveBayesData.parse(JSON.parse(saved.data)));
  if (fingerprint === NO_MODEL) {
    db.prepare('DELETE FROM learned_model').run();
    return stored(fingerprint, null);
  }
  const data = trainNaiveBayes(trainingExamples(db));
  const examples = data.classes.reduce((n, c) => n + c.docs, 0);
  db.prepare(
    `INSERT INTO learned_model (id, fingerprint, examples, data, trained_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, examples = excluded.examples,
       data = excluded.data, trained_at = excluded.trained_at`,
  ).run(fingerprint, examples, JSON.stringify(data), now);
  return stored(fingerprint, data);
}

export function learnedModelExamples(db: Database): number {
  return (db.prepare('SELECT examples FROM learned_model WHERE id = 1').pluck().get() as number | undefined) ?? 0;
}
