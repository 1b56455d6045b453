// SPDX-License-Identifier: MIT
// The debt stories as the view needs them (items, who knew each debt, the incidents), stored once
// computed: at a million messages they rest on hundreds of thousands of debt facts, far beyond the
// view's budget. The stored copy goes whenever a debt fact or a cluster membership changes.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { debtStories, readDebtFacts, type DebtStories } from './debt-stories';
import { memoized } from './timeline-memo';

export type StoredDebtStories = Omit<DebtStories, 'events'>;

export function storedDebtStories(db: Database, clusterOf: ReadonlyMap<number, number>): StoredDebtStories {
  return memoized(db, 'debts', () => {
    const { items, knowledge, incidents } = debtStories(readDebtFacts(db), clusterOf);
    return { items, knowledge, incidents };
  });
}
