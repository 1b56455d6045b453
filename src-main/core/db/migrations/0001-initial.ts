// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// Times are UTC epoch milliseconds. A message's dedupe_key is derived from its content, not from
// the file it came from, so the same SMS imported twice (or from two formats) is stored once.
// Message ids are time-ordered (core/store/message-id.ts), so no separate time index is needed.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,
      file_name TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      format TEXT NOT NULL,
      -- The zone local wall-clock times were read in (CSV, vMessage); null when the format stores instants.
      time_zone TEXT,
      imported_at INTEGER NOT NULL,
      messages_added INTEGER NOT NULL DEFAULT 0,
      duplicates_skipped INTEGER NOT NULL DEFAULT 0,
      calls_added INTEGER NOT NULL DEFAULT 0,
      senders_added INTEGER NOT NULL DEFAULT 0,
      first_time INTEGER,
      last_time INTEGER
    );

    CREATE TABLE senders (
      id INTEGER PRIMARY KEY,
      address TEXT NOT NULL UNIQUE,
      raw TEXT NOT NULL,
      kind TEXT NOT NULL,
      contact_name TEXT
    );

    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id),
      sender_id INTEGER NOT NULL REFERENCES senders(id),
      sender_raw TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('sms', 'mms')),
      direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      box TEXT NOT NULL,
      time INTEGER NOT NULL,
      time_sent INTEGER,
      time_text TEXT,
      time_suspect INTEGER NOT NULL DEFAULT 0,
      body TEXT NOT NULL,
      service_center TEXT,
      read INTEGER,
      -- Filed by the phone as spam or blocked (Samsung spam_sms, Huawei harassment.db).
      blocked INTEGER NOT NULL DEFAULT 0,
      dedupe_key TEXT NOT NULL UNIQUE
    );
    CREATE INDEX messages_sender ON messages(sender_id);
    -- A narrow copy of the id order: paging deep into the whole list (OFFSET) and counting walk
    -- this instead of the table, whose rows carry the bodies.
    CREATE INDEX messages_order ON messages(id, direction);
    CREATE INDEX messages_suspect ON messages(id) WHERE time_suspect = 1;
    CREATE INDEX messages_source ON messages(source_id);

    CREATE TABLE calls (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id),
      sender_id INTEGER NOT NULL REFERENCES senders(id),
      time INTEGER NOT NULL,
      duration_s INTEGER NOT NULL,
      call_type TEXT NOT NULL,
      time_suspect INTEGER NOT NULL DEFAULT 0,
      dedupe_key TEXT NOT NULL UNIQUE
    );
    CREATE INDEX calls_sender_time ON calls(sender_id, time);
    CREATE INDEX calls_source ON calls(source_id);

    -- A message or call is stored once, under the first source that carried it; every later source
    -- that carried it too is listed here, so that removing the first source keeps it.
    CREATE TABLE message_also_in (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      PRIMARY KEY (message_id, source_id)
    ) WITHOUT ROWID;
    CREATE INDEX message_also_in_source ON message_also_in(source_id);
    CREATE TABLE call_also_in (
      call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      PRIMARY KEY (call_id, source_id)
    ) WITHOUT ROWID;
    CREATE INDEX call_also_in_source ON call_also_in(source_id);
  `,
};
