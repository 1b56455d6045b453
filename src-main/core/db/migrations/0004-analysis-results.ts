// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// The analysis table of 0003 was a placeholder nothing wrote to; it is rebuilt with what the
// analysis needs. `analysis` stays narrow (category, where it came from, risk, signal codes as bit
// sets, the basis digest), since the list joins it, filters scan it and "analyse what changed" is
// one integer comparison per row; the evidence itself (signals with spans, personal-information
// findings, as JSON) sits in `analysis_evidence`, read one message at a time. User corrections
// and the model learned from them get tables too.
export const analysisResults: Migration = {
  version: 4,
  name: 'analysis-results',
  up: `
    DROP TABLE analysis;
    CREATE TABLE analysis (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      category TEXT NOT NULL,
      category_source TEXT NOT NULL CHECK (category_source IN ('rules', 'model', 'user')),
      risk REAL NOT NULL,
      signal_bits_a INTEGER NOT NULL,
      signal_bits_b INTEGER NOT NULL,
      basis INTEGER NOT NULL
    );
    CREATE TABLE analysis_evidence (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      signals TEXT NOT NULL,
      pii TEXT NOT NULL
    );
    CREATE INDEX analysis_category ON analysis(category, risk);
    CREATE INDEX analysis_risk ON analysis(risk);

    CREATE TABLE labels (
      id INTEGER PRIMARY KEY,
      message_id INTEGER UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
      sender_id INTEGER UNIQUE REFERENCES senders(id) ON DELETE CASCADE,
      category TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      CHECK ((message_id IS NULL) <> (sender_id IS NULL))
    );

    CREATE TABLE learned_model (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      fingerprint TEXT NOT NULL,
      examples INTEGER NOT NULL,
      data TEXT NOT NULL,
      trained_at INTEGER NOT NULL
    );
  `,
};
