// SPDX-License-Identifier: MIT
// The timeline phase of `npm run bench`: the tables rebuilt from scratch, a second refresh with
// nothing new (what the app pays after each analysis), then what the view loads.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { senderDossiers, timelineView } from './build-timeline';
import { messageHistogram } from './message-histogram';
import { refreshTimeline } from './refresh-timeline';
import { storedDebtStories } from './stored-debt-stories';
import { senderClusterIds } from '../linkage/cluster-store';

export interface TimelineBench {
  /** Reading every analysed message into the timeline tables, then storing the debt stories. */
  refreshSeconds: number;
  refreshed: number;
  incrementalMs: number;
  /** The 'timeline:get' payload (target: under 200 ms on 1,000,000 messages). */
  viewMs: number;
  events: number;
  /** 'timeline:histogram' with 400 buckets over all sane dates. */
  histogramMs: number;
  /** The first page of 'senders:dossiers', sorted by risk. */
  dossiersMs: number;
}

export function benchTimeline(db: Database): TimelineBench {
  db.exec(`DELETE FROM exposure_facts; DELETE FROM debt_facts; DELETE FROM exposures; DELETE FROM sender_activity;
    DELETE FROM timeline_dirty_pairs; INSERT OR IGNORE INTO timeline_dirty_messages (message_id) SELECT message_id FROM analysis;`);
  let t0 = performance.now();
  const { processed } = refreshTimeline(db, { batchSize: 20_000 });
  // As the app's update does after every analysis: the debt stories stored for the view.
  storedDebtStories(db, senderClusterIds(db));
  const refreshSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  refreshTimeline(db);
  const incrementalMs = performance.now() - t0;
  t0 = performance.now();
  const view = timelineView(db, { reveal: false });
  const viewMs = performance.now() - t0;
  t0 = performance.now();
  messageHistogram(db, { buckets: 400 });
  const histogramMs = performance.now() - t0;
  t0 = performance.now();
  senderDossiers(db, { offset: 0, limit: 100, sort: 'risk' });
  const dossiersMs = performance.now() - t0;
  return { refreshSeconds, refreshed: processed, incrementalMs, viewMs, events: view.events.length, histogramMs, dossiersMs };
}
