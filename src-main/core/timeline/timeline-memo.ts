// SPDX-License-Identifier: MIT
// A result stored in `timeline_memo` under a name (migration 0009): read when present, else
// computed and stored. Triggers drop a stored result when what it rests on changes, so a present
// one is current.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export type MemoName = 'debts' | 'advice';

export function memoized<T>(db: Database, name: MemoName, compute: () => T): T {
  const stored = db.prepare('SELECT value FROM timeline_memo WHERE name = ?').pluck().get(name) as string | undefined;
  // Written below from a computed value; checking it against the schema again would cost the view its budget.
  if (stored !== undefined) return JSON.parse(stored) as T;
  const value = compute();
  try {
    db.prepare('INSERT OR REPLACE INTO timeline_memo (name, value) VALUES (?, ?)').run(name, JSON.stringify(value));
  } catch (err) {
    // Another connection is writing (a job's worker): the next reader stores it.
    if (!(err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY'))) throw err;
  }
  return value;
}
