// SPDX-License-Identifier: MIT
// The clusters as refreshLinkage last computed them. The timeline view and the dossiers read
// them on every load, so they are stored rather than recomputed from millions of features.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SenderCluster } from '../model/timeline';

/** Replaces the stored clusters; run inside the caller's transaction. */
export function storeClusters(db: Database, clusters: readonly SenderCluster[]): void {
  db.exec('DELETE FROM linkage_clusters; DELETE FROM linkage_members;');
  const cluster = db.prepare('INSERT INTO linkage_clusters (id, data) VALUES (?, ?)');
  const member = db.prepare('INSERT INTO linkage_members (sender_id, cluster_id) SELECT id, ? FROM senders WHERE address = ?');
  for (const c of clusters) {
    cluster.run(c.id, JSON.stringify(c));
    for (const address of c.senders) member.run(c.id, address);
  }
}

/** The stored clusters, by id (the smallest sender id in each); empty until refreshLinkage ran. */
export function senderClusters(db: Database): SenderCluster[] {
  const rows = db.prepare('SELECT data FROM linkage_clusters ORDER BY id').pluck().all() as string[];
  // Written by storeClusters from checked values; parsing each again would cost the view its budget.
  return rows.map((data) => JSON.parse(data) as SenderCluster);
}

/** Sender id → cluster id, for the senders that are in a cluster (the dossiers' `cluster`). */
export function senderClusterIds(db: Database): Map<number, number> {
  const rows = db.prepare('SELECT sender_id, cluster_id FROM linkage_members').raw().all() as [number, number][];
  return new Map(rows);
}
