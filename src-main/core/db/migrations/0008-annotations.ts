// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// The user's stars, tags and notes on messages and senders. The tables 0003 reserved for them
// were never written to; they are rebuilt so that every mark follows its message or sender out
// through ON DELETE CASCADE (removing a source removes its messages' marks). Star and note share
// one narrow row per target, which exists only while something is set, so "starred" is a walk of
// a small partial index. Tag names are unique ignoring ASCII case: the spelling first typed is kept.
// 0003's polymorphic `notes` table (no cascade possible) goes: notes live beside the stars.
export const annotations: Migration = {
  version: 8,
  name: 'annotations',
  up: `
    DROP TABLE notes;
    DROP TABLE message_tags;
    DROP TABLE sender_tags;
    DROP TABLE tags;

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE message_tags (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (message_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX message_tags_tag ON message_tags(tag_id, message_id);
    CREATE TABLE sender_tags (
      sender_id INTEGER NOT NULL REFERENCES senders(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (sender_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX sender_tags_tag ON sender_tags(tag_id, sender_id);

    CREATE TABLE message_marks (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      starred INTEGER NOT NULL DEFAULT 0,
      note TEXT,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX message_marks_starred ON message_marks(message_id) WHERE starred = 1;
    CREATE TABLE sender_marks (
      sender_id INTEGER PRIMARY KEY REFERENCES senders(id) ON DELETE CASCADE,
      starred INTEGER NOT NULL DEFAULT 0,
      note TEXT,
      updated_at INTEGER NOT NULL
    );
  `,
};
