// SPDX-License-Identifier: MIT
// After an analysis or a removal: the timeline's tables first (linkage reads the per-sender figures
// they hold), then the sender linkage, then the debt stories (which follow the clusters) and the
// advice, stored. Timeline and linkage are incremental, so after a small import they cost little,
// and commit in batches, so a cancelled update keeps its progress and the next one finishes it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { refreshLinkage, type LinkageProgress } from '../linkage/refresh-linkage';
import { adviceFor } from '../advice/advice-for';
import { senderClusterIds } from '../linkage/cluster-store';
import { refreshTimeline } from './refresh-timeline';
import { storedDebtStories } from './stored-debt-stories';

export interface UpdateLeakTimelineOptions {
  signal?: AbortSignal;
  onProgress?: (p: LinkageProgress) => void;
}

export function updateLeakTimeline(db: Database, options: UpdateLeakTimelineOptions = {}): void {
  refreshTimeline(db, options.signal ? { signal: options.signal } : {});
  refreshLinkage(db, { ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  // Computed here, off the UI thread, so that the first view after an import is quick.
  storedDebtStories(db, senderClusterIds(db));
  adviceFor(db);
}
