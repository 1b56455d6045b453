// SPDX-License-Identifier: MIT
// Writes the user's stars, tags and notes, for one target or a hundred thousand at once. Ids go
// to SQLite as one JSON array (json_each) so a bulk edit is a handful of statements, and only ids
// that exist are touched: a mark never points at a message that is gone.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { normalizeNote, normalizeTag } from './tag-name';

export type AnnotationTarget = { messageIds: readonly number[] } | { senderIds: readonly number[] };

export interface AnnotationChange {
  star?: boolean;
  addTag?: string;
  removeTag?: string;
  /** null or only white space clears the note; undefined leaves it. */
  note?: string | null;
}

interface Tables {
  /** The table of the targets themselves. */
  owner: 'messages' | 'senders';
  marks: 'message_marks' | 'sender_marks';
  tags: 'message_tags' | 'sender_tags';
  key: 'message_id' | 'sender_id';
}

const MESSAGE_TABLES: Tables = { owner: 'messages', marks: 'message_marks', tags: 'message_tags', key: 'message_id' };
const SENDER_TABLES: Tables = { owner: 'senders', marks: 'sender_marks', tags: 'sender_tags', key: 'sender_id' };

/** The tables an annotation target lives in. */
export function tablesOf(target: AnnotationTarget): { tables: Tables; ids: readonly number[] } {
  return 'messageIds' in target ? { tables: MESSAGE_TABLES, ids: target.messageIds } : { tables: SENDER_TABLES, ids: target.senderIds };
}

/**
 * Applies one change to every target that exists and returns how many those are. Marks never
 * touch the message or sender rows themselves; rows left with neither star nor note are dropped
 * so the starred index stays small.
 */
export function setAnnotations(db: Database, target: AnnotationTarget, change: AnnotationChange, now: number = Date.now()): number {
  const { tables: t, ids } = tablesOf(target);
  const addTag = change.addTag === undefined ? undefined : normalizeTag(change.addTag);
  const removeTag = change.removeTag === undefined ? undefined : normalizeTag(change.removeTag);
  const note = change.note === undefined ? undefined : normalizeNote(change.note);
  const json = JSON.stringify([...new Set(ids)]);
  const existing = `SELECT o.id FROM ${t.owner} o JOIN json_each(?) j ON o.id = j.value`;
  return db.transaction(() => {
    const updated = (db.prepare(`SELECT count(*) AS n FROM (${existing})`).get(json) as { n: number }).n;
    if (updated === 0) return 0;
    if (change.star !== undefined || note !== undefined) {
      const sets: string[] = ['updated_at = excluded.updated_at'];
      if (change.star !== undefined) sets.push('starred = excluded.starred');
      if (note !== undefined) sets.push('note = excluded.note');
      // WHERE true: SQLite needs it to tell the upsert's ON CONFLICT from a join constraint.
      db.prepare(
        `INSERT INTO ${t.marks} (${t.key}, starred, note, updated_at)
         SELECT id, ?, ?, ? FROM (${existing}) WHERE true
         ON CONFLICT(${t.key}) DO UPDATE SET ${sets.join(', ')}`,
      ).run(change.star ? 1 : 0, note ?? null, now, json);
      db.prepare(`DELETE FROM ${t.marks} WHERE starred = 0 AND note IS NULL AND ${t.key} IN (SELECT value FROM json_each(?))`).run(json);
    }
    if (addTag !== undefined) {
      db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(addTag);
      db.prepare(
        `INSERT OR IGNORE INTO ${t.tags} (${t.key}, tag_id) SELECT e.id, (SELECT id FROM tags WHERE name = ?) FROM (${existing}) e`,
      ).run(addTag, json);
    }
    if (removeTag !== undefined) {
      db.prepare(
        `DELETE FROM ${t.tags} WHERE tag_id = (SELECT id FROM tags WHERE name = ?) AND ${t.key} IN (SELECT value FROM json_each(?))`,
      ).run(removeTag, json);
      // A tag nothing carries any more leaves the list of tags to choose from.
      db.prepare(
        `DELETE FROM tags WHERE name = ? AND NOT EXISTS (SELECT 1 FROM message_tags WHERE tag_id = tags.id)
                                        AND NOT EXISTS (SELECT 1 FROM sender_tags WHERE tag_id = tags.id)`,
      ).run(removeTag);
    }
    return updated;
  })();
}
