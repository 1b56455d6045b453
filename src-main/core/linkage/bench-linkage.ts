// SPDX-License-Identifier: MIT
// The linkage phase of `npm run bench`: everything read and clustered from scratch, then a
// second refresh with nothing new, which is what the app pays after each import or analysis.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { senderClusters } from './cluster-store';
import { refreshLinkage } from './refresh-linkage';

export interface LinkageBench {
  seconds: number;
  processed: number;
  clusters: number;
  incrementalSeconds: number;
  /** Reading the stored clusters, as the timeline view does. */
  readMs: number;
}

export function benchLinkage(db: Database): LinkageBench {
  db.exec(`DELETE FROM linkage_features; DELETE FROM linkage_processed; DELETE FROM linkage_state;
    INSERT OR IGNORE INTO linkage_dirty (message_id) SELECT id FROM messages WHERE direction = 'in';`);
  let t0 = performance.now();
  const { processed } = refreshLinkage(db, { batchSize: 20_000 });
  const seconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  refreshLinkage(db);
  const incrementalSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const clusters = senderClusters(db).length;
  return { seconds, processed, clusters, incrementalSeconds, readMs: performance.now() - t0 };
}
