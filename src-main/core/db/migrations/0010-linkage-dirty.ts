// SPDX-License-Identifier: MIT
import type { Migration } from './migration';
import { STALE_BASIS } from '../../analysis/analysis-basis';

// The incoming messages the sender linkage has still to read: every new one, and every one whose
// analysis was written since. Finding them by comparing each message with what linkage read cost a
// scan of every message after each import (seconds at a million); the triggers list them as they
// change instead. The first run lists what 0006's comparison would have found.
export const linkageDirty: Migration = {
  version: 10,
  name: 'linkage-dirty',
  up: `
    CREATE TABLE linkage_dirty (message_id INTEGER PRIMARY KEY);
    INSERT INTO linkage_dirty (message_id)
      SELECT m.id FROM messages m
      LEFT JOIN analysis a ON a.message_id = m.id
      LEFT JOIN linkage_processed p ON p.message_id = m.id
      WHERE m.direction = 'in' AND (p.message_id IS NULL OR p.basis <> coalesce(a.basis, ${STALE_BASIS}));
    CREATE TRIGGER linkage_dirty_message AFTER INSERT ON messages WHEN new.direction = 'in'
      BEGIN INSERT INTO linkage_dirty (message_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM linkage_dirty WHERE message_id = new.id); END;
    CREATE TRIGGER linkage_dirty_analysis_insert AFTER INSERT ON analysis
      BEGIN INSERT INTO linkage_dirty (message_id) SELECT new.message_id
        WHERE NOT EXISTS (SELECT 1 FROM linkage_dirty WHERE message_id = new.message_id)
          AND (SELECT direction FROM messages WHERE id = new.message_id) = 'in'; END;
    CREATE TRIGGER linkage_dirty_analysis_update AFTER UPDATE ON analysis
      BEGIN INSERT INTO linkage_dirty (message_id) SELECT new.message_id
        WHERE NOT EXISTS (SELECT 1 FROM linkage_dirty WHERE message_id = new.message_id)
          AND (SELECT direction FROM messages WHERE id = new.message_id) = 'in'; END;
  `,
};
