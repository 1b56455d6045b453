// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// The leak timeline, precomputed so that the view loads in well under a second on a million
// messages. Triggers record what changed (an analysis written, a message removed) so that a
// refresh reads only that: `exposure_facts` holds one row per message × profile item it shows,
// `exposures` the first message and count per sender × item, `debt_facts` one row per message of
// a debt story (platforms named, amount, escalation stage) and `sender_activity` the per-sender
// figures the dossiers sort on. Facts leave with their message (cascade), and the delete
// triggers mark what has to be recomputed. The triggers test for an existing row instead of
// INSERT OR IGNORE, because the conflict policy of the statement that fires a trigger overrides
// the one in its body (an upsert on `analysis` would make a duplicate mark fail).
export const exposures: Migration = {
  version: 7,
  name: 'exposures',
  up: `
    CREATE TABLE timeline_dirty_messages (message_id INTEGER PRIMARY KEY);
    CREATE TABLE timeline_dirty_pairs (sender_id INTEGER NOT NULL, item TEXT NOT NULL, PRIMARY KEY (sender_id, item)) WITHOUT ROWID;
    CREATE TABLE timeline_dirty_senders (sender_id INTEGER PRIMARY KEY);

    CREATE TABLE exposure_facts (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      item TEXT NOT NULL,
      sender_id INTEGER NOT NULL,
      time INTEGER NOT NULL,
      PRIMARY KEY (message_id, item)
    ) WITHOUT ROWID;
    CREATE INDEX exposure_facts_pair ON exposure_facts(sender_id, item, time, message_id);

    CREATE TABLE exposures (
      sender_id INTEGER NOT NULL,
      item TEXT NOT NULL,
      first_time INTEGER NOT NULL,
      first_message INTEGER NOT NULL,
      mentions INTEGER NOT NULL,
      PRIMARY KEY (sender_id, item)
    ) WITHOUT ROWID;

    CREATE TABLE debt_facts (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      sender_id INTEGER NOT NULL,
      time INTEGER NOT NULL,
      category TEXT NOT NULL,
      -- JSON array of the platform names the message gives; the one in its 【signature】, if any.
      platforms TEXT NOT NULL,
      signature TEXT,
      amount_cents INTEGER,
      stage TEXT
    );

    CREATE TABLE sender_activity (
      sender_id INTEGER PRIMARY KEY,
      first_seen INTEGER,
      last_seen INTEGER,
      messages INTEGER NOT NULL,
      risk REAL NOT NULL,
      categories TEXT NOT NULL
    );

    CREATE TRIGGER timeline_analysis_insert AFTER INSERT ON analysis
      BEGIN INSERT INTO timeline_dirty_messages (message_id) SELECT new.message_id WHERE NOT EXISTS (SELECT 1 FROM timeline_dirty_messages WHERE message_id = new.message_id); END;
    CREATE TRIGGER timeline_analysis_update AFTER UPDATE ON analysis
      BEGIN INSERT INTO timeline_dirty_messages (message_id) SELECT new.message_id WHERE NOT EXISTS (SELECT 1 FROM timeline_dirty_messages WHERE message_id = new.message_id); END;
    CREATE TRIGGER timeline_message_delete AFTER DELETE ON messages
      BEGIN INSERT INTO timeline_dirty_senders (sender_id) SELECT old.sender_id WHERE NOT EXISTS (SELECT 1 FROM timeline_dirty_senders WHERE sender_id = old.sender_id); END;
    CREATE TRIGGER timeline_fact_delete AFTER DELETE ON exposure_facts
      BEGIN INSERT INTO timeline_dirty_pairs (sender_id, item) SELECT old.sender_id, old.item WHERE NOT EXISTS (SELECT 1 FROM timeline_dirty_pairs WHERE sender_id = old.sender_id AND item = old.item); END;
    CREATE TRIGGER timeline_fact_insert AFTER INSERT ON exposure_facts
      BEGIN INSERT INTO timeline_dirty_pairs (sender_id, item) SELECT new.sender_id, new.item WHERE NOT EXISTS (SELECT 1 FROM timeline_dirty_pairs WHERE sender_id = new.sender_id AND item = new.item); END;

    INSERT INTO timeline_dirty_messages (message_id) SELECT message_id FROM analysis;
  `,
};
