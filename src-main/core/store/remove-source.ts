// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { LeaklineError } from '../errors';
import { refreshLearnedModel } from '../learning/learned-model-store';

export interface RemovedCounts {
  messagesRemoved: number;
  callsRemoved: number;
}

const KINDS = [
  { table: 'messages', link: 'message_also_in', key: 'message_id', added: 'messages_added' },
  { table: 'calls', link: 'call_also_in', key: 'call_id', added: 'calls_added' },
] as const;

/**
 * Removes one imported source and everything that came only from it, in one transaction.
 * Messages and calls another source carried too move to that source instead of going (that
 * source had counted them as duplicates; now they are its own). Senders left with neither
 * messages nor calls go too; derived rows (analysis, mentions, tags) follow their message through
 * ON DELETE CASCADE, the search index through its trigger; tags left on nothing and a learned model
 * trained on what went are dropped. The timeline's tables follow at the caller's next
 * updateLeakTimeline (their triggers marked the senders dirty).
 */
export function removeSource(db: Database, sourceId: number): RemovedCounts {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM sources WHERE id = ?').get(sourceId)) {
      throw new LeaklineError('NOT_FOUND', `no source with id ${sourceId}`);
    }
    // The learned model keeps word counts of the messages it was trained on: labelled ones and the
    // latest of labelled senders. If any of those goes for good (not moved to another source), the
    // model is trained again from what remains.
    const taughtModel = db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM messages m WHERE m.source_id = ? AND m.direction = 'in'
           AND NOT EXISTS (SELECT 1 FROM message_also_in a WHERE a.message_id = m.id)
           AND (EXISTS (SELECT 1 FROM labels l WHERE l.message_id = m.id) OR EXISTS (SELECT 1 FROM labels l WHERE l.sender_id = m.sender_id)))`,
      )
      .pluck()
      .get(sourceId) === 1;
    const removed: number[] = [];
    for (const { table, link, key, added } of KINDS) {
      const heirs = db
        .prepare(
          `SELECT min(l.source_id) AS heir, count(*) AS n FROM ${link} l JOIN ${table} t ON t.id = l.${key}
           WHERE t.source_id = ? GROUP BY l.${key}`,
        )
        .all(sourceId) as { heir: number; n: number }[];
      db.prepare(
        `UPDATE ${table} SET source_id = (SELECT min(l.source_id) FROM ${link} l WHERE l.${key} = ${table}.id)
         WHERE source_id = ? AND id IN (SELECT ${key} FROM ${link})`,
      ).run(sourceId);
      // A link that now names the entry's own source says nothing any more.
      db.prepare(`DELETE FROM ${link} WHERE source_id = (SELECT t.source_id FROM ${table} t WHERE t.id = ${link}.${key})`).run();
      const gained = new Map<number, number>();
      for (const h of heirs) gained.set(h.heir, (gained.get(h.heir) ?? 0) + 1);
      const credit = db.prepare(
        `UPDATE sources SET ${added} = ${added} + ?, duplicates_skipped = max(duplicates_skipped - ?, 0) WHERE id = ?`,
      );
      for (const [heir, n] of gained) credit.run(n, n, heir);
      removed.push(db.prepare(`DELETE FROM ${table} WHERE source_id = ?`).run(sourceId).changes);
      db.prepare(`DELETE FROM ${link} WHERE source_id = ?`).run(sourceId);
    }
    // A screenshot reading names the shot it was kept from; when the message outlives that shot
    // (another screenshot showed it too) the reading follows the message to its new source.
    db.prepare(
      'UPDATE screenshot_messages SET source_id = (SELECT m.source_id FROM messages m WHERE m.id = message_id) WHERE source_id = ?',
    ).run(sourceId);
    db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
    db.prepare(
      `DELETE FROM senders WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.sender_id = senders.id)
                             AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.sender_id = senders.id)`,
    ).run();
    // A tag nothing carries any more leaves the list, as when the user removes it (set-annotations.ts).
    db.prepare(
      `DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM message_tags WHERE tag_id = tags.id)
                          AND NOT EXISTS (SELECT 1 FROM sender_tags WHERE tag_id = tags.id)`,
    ).run();
    if (taughtModel) {
      db.prepare('DELETE FROM learned_model').run();
      refreshLearnedModel(db);
    }
    return { messagesRemoved: removed[0]!, callsRemoved: removed[1]! };
  })();
}
