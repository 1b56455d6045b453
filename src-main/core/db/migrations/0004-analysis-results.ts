// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// The analysis table of 0003 was a placeholder nothing wrote to; it is rebuilt with what the
// analysis needs: where the category came from, signal codes as bit sets (so that a filter on a
// signal is an integer test, not a JSON scan), the generic personal-information findings, and the
// basis (rules version, profile, learned model) the row was computed on, so that "analyse what
// changed" is one comparison. User corrections and the model learned from them get tables too.
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
      signals TEXT NOT NULL,
      signal_bits_a INTEGER NOT NULL,
      signal_bits_b INTEGER NOT NULL,
      pii TEXT NOT NULL,
      basis TEXT NOT NULL
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
