// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// Tables the analysis and timeline work fill in: results per message, personal-information
// mentions, the user's profile, and the user's own tags and notes.
export const analysisRoom: Migration = {
  version: 3,
  name: 'analysis-room',
  up: `
    CREATE TABLE analysis (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      category TEXT NOT NULL,
      risk REAL NOT NULL,
      signals TEXT NOT NULL,
      rules_version INTEGER NOT NULL,
      analysed_at INTEGER NOT NULL
    );
    CREATE INDEX analysis_category ON analysis(category, risk);

    CREATE TABLE pii_mentions (
      id INTEGER PRIMARY KEY,
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      item_key TEXT,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      match_kind TEXT NOT NULL CHECK (match_kind IN ('exact', 'partial', 'masked')),
      score REAL NOT NULL
    );
    CREATE INDEX pii_mentions_message ON pii_mentions(message_id);
    CREATE INDEX pii_mentions_item ON pii_mentions(item_key);

    CREATE TABLE profile (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      color TEXT
    );
    CREATE TABLE message_tags (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (message_id, tag_id)
    ) WITHOUT ROWID;
    CREATE TABLE sender_tags (
      sender_id INTEGER NOT NULL REFERENCES senders(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (sender_id, tag_id)
    ) WITHOUT ROWID;
    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      target_type TEXT NOT NULL CHECK (target_type IN ('message', 'sender')),
      target_id INTEGER NOT NULL,
      text TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX notes_target ON notes(target_type, target_id);
  `,
};
