// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// Derived results too slow to recompute on every view, each stored as JSON under a name. The debt
// stories read every debt fact (hundreds of thousands at a million messages) and the clusters:
// any change to either drops the stored stories. The advice scans the analysis of every message:
// any change to it passes through the per-sender figures (\`sender_activity\`), whose rewrite
// drops the stored advice. So a stale result is never read; the next reader recomputes it.
export const timelineMemo: Migration = {
  version: 9,
  name: 'timeline-memo',
  up: `
    CREATE TABLE timeline_memo (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TRIGGER timeline_memo_debt_insert AFTER INSERT ON debt_facts BEGIN DELETE FROM timeline_memo WHERE name = 'debts'; END;
    CREATE TRIGGER timeline_memo_debt_update AFTER UPDATE ON debt_facts BEGIN DELETE FROM timeline_memo WHERE name = 'debts'; END;
    CREATE TRIGGER timeline_memo_debt_delete AFTER DELETE ON debt_facts BEGIN DELETE FROM timeline_memo WHERE name = 'debts'; END;
    CREATE TRIGGER timeline_memo_member_insert AFTER INSERT ON linkage_members BEGIN DELETE FROM timeline_memo WHERE name = 'debts'; END;
    CREATE TRIGGER timeline_memo_member_delete AFTER DELETE ON linkage_members BEGIN DELETE FROM timeline_memo WHERE name = 'debts'; END;
    CREATE TRIGGER timeline_memo_activity_insert AFTER INSERT ON sender_activity BEGIN DELETE FROM timeline_memo WHERE name = 'advice'; END;
    CREATE TRIGGER timeline_memo_activity_update AFTER UPDATE ON sender_activity BEGIN DELETE FROM timeline_memo WHERE name = 'advice'; END;
    CREATE TRIGGER timeline_memo_activity_delete AFTER DELETE ON sender_activity BEGIN DELETE FROM timeline_memo WHERE name = 'advice'; END;
  `,
};
