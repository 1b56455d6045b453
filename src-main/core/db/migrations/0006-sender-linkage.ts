// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// Sender linkage: what each incoming message offers to tie its sender to others (callback
// numbers, links, platform names, payment accounts, its signature, a SimHash of its template),
// filled incrementally; `linkage_processed` remembers the analysis basis each message was read
// with, so that a re-analysed message is read again. The clusters are computed from the features
// once per refresh and stored, because the timeline view reads them on every load.
// Features are keyed by message first: a message leaves with its rows (cascade), and a rewrite
// deletes by that prefix.
export const senderLinkage: Migration = {
  version: 6,
  name: 'sender-linkage',
  up: `
    CREATE TABLE linkage_features (
      message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      value TEXT NOT NULL,
      sender_id INTEGER NOT NULL,
      PRIMARY KEY (message_id, kind, value)
    ) WITHOUT ROWID;

    CREATE TABLE linkage_processed (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      basis INTEGER NOT NULL
    );

    CREATE TABLE linkage_clusters (
      id INTEGER PRIMARY KEY,
      data TEXT NOT NULL
    );
    CREATE TABLE linkage_members (
      sender_id INTEGER PRIMARY KEY,
      cluster_id INTEGER NOT NULL
    );
    CREATE TABLE linkage_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      processed INTEGER NOT NULL,
      max_sender_id INTEGER NOT NULL,
      clustered_at INTEGER NOT NULL
    );
  `,
};
