// SPDX-License-Identifier: MIT
// The user's own categories, for single messages or for everything from one sender. They win over
// the rules and the learned model, survive re-analysis, and are what the model learns from.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category } from '../model/analysis';
import { LeaklineError } from '../errors';
import { STALE_BASIS } from '../analysis/analysis-basis';

export type LabelTarget = { messageIds: number[] } | { senderId: number };

export interface UserLabels {
  byMessage: Map<number, Category>;
  bySender: Map<number, Category>;
}

export function loadLabels(db: Database): UserLabels {
  const rows = db.prepare('SELECT message_id, sender_id, category FROM labels').all() as {
    message_id: number | null;
    sender_id: number | null;
    category: Category;
  }[];
  const labels: UserLabels = { byMessage: new Map(), bySender: new Map() };
  for (const r of rows) {
    if (r.message_id !== null) labels.byMessage.set(r.message_id, r.category);
    else if (r.sender_id !== null) labels.bySender.set(r.sender_id, r.category);
  }
  return labels;
}

/** The label that applies to a message: its own, else its sender's. */
export function labelFor(labels: UserLabels, messageId: number, senderId: number): { scope: 'message' | 'sender'; category: Category } | null {
  const own = labels.byMessage.get(messageId);
  if (own) return { scope: 'message', category: own };
  const sender = labels.bySender.get(senderId);
  return sender ? { scope: 'sender', category: sender } : null;
}

/**
 * Sets (or with null clears) the label of the target and updates the stored category of every
 * message it covers at once, so that the list shows the change before any re-analysis. Returns
 * how many messages the target covers. Unknown ids are an error and change nothing.
 */
export function setLabels(db: Database, target: LabelTarget, category: Category | null, now = Date.now()): number {
  return db.transaction(() => {
    if ('senderId' in target) {
      const exists = db.prepare('SELECT 1 FROM senders WHERE id = ?').get(target.senderId);
      if (!exists) throw new LeaklineError('NOT_FOUND', `no sender with id ${target.senderId}`);
      db.prepare('DELETE FROM labels WHERE sender_id = ?').run(target.senderId);
      if (category) db.prepare('INSERT INTO labels (sender_id, category, created_at) VALUES (?, ?, ?)').run(target.senderId, category, now);
      // Messages with a label of their own keep it.
      const ids = db
        .prepare('SELECT id FROM messages m WHERE sender_id = ? AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.message_id = m.id)')
        .pluck()
        .all(target.senderId) as number[];
      applyToAnalysis(db, ids, category);
      return ids.length;
    }
    const ids = [...new Set(target.messageIds)];
    const known = db.prepare('SELECT 1 FROM messages WHERE id = ?').pluck();
    const missing = ids.find((id) => known.get(id) === undefined);
    if (missing !== undefined) throw new LeaklineError('NOT_FOUND', `no message with id ${missing}`);
    const del = db.prepare('DELETE FROM labels WHERE message_id = ?');
    const ins = db.prepare('INSERT INTO labels (message_id, category, created_at) VALUES (?, ?, ?)');
    for (const id of ids) {
      del.run(id);
      if (category) ins.run(id, category, now);
    }
    applyToAnalysis(db, ids, category);
    return ids.length;
  })();
}

/**
 * A new label shows at once; a cleared one marks the rows stale (STALE_BASIS) so that the next
 * analysis gives them the rules' (or the model's) category again.
 */
function applyToAnalysis(db: Database, ids: number[], category: Category | null): void {
  const update = category
    ? db.prepare("UPDATE analysis SET category = ?, category_source = 'user' WHERE message_id = ?")
    : db.prepare(`UPDATE analysis SET basis = ${STALE_BASIS} WHERE message_id = ?`);
  for (const id of ids) {
    if (category) update.run(category, id);
    else update.run(id);
  }
}

/** The label that applies to one message, read from the store (labelFor's rule, one lookup). */
export function labelOfMessage(db: Database, messageId: number, senderId: number): { scope: 'message' | 'sender'; category: Category } | null {
  const row = db
    .prepare(
      `SELECT CASE WHEN message_id IS NULL THEN 'sender' ELSE 'message' END AS scope, category FROM labels
       WHERE message_id = ? OR sender_id = ? ORDER BY message_id IS NULL LIMIT 1`,
    )
    .get(messageId, senderId) as { scope: 'message' | 'sender'; category: Category } | undefined;
  return row ?? null;
}

export function countLabels(db: Database): number {
  return (db.prepare('SELECT count(*) FROM labels').pluck().get() as number) ?? 0;
}
