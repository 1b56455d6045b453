// SPDX-License-Identifier: MIT
// Reads the user's marks for what a page shows: a page of rows (one query each for stars and tags,
// whatever the page size), one message or sender in full, and the tags in use with their counts.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Annotation } from '../model/annotation';

export interface RowMarks {
  starred: boolean;
  tags: string[];
}

type Kind = 'message' | 'sender';

const TABLES = {
  message: { marks: 'message_marks', tags: 'message_tags', key: 'message_id' },
  sender: { marks: 'sender_marks', tags: 'sender_tags', key: 'sender_id' },
} as const;

/** Star and tags of each id (every id present in the map, unmarked ones too). */
export function marksOf(db: Database, kind: Kind, ids: readonly number[]): Map<number, RowMarks> {
  const out = new Map<number, RowMarks>(ids.map((id) => [id, { starred: false, tags: [] }]));
  if (ids.length === 0) return out;
  const t = TABLES[kind];
  const json = JSON.stringify(ids);
  const starred = db.prepare(`SELECT ${t.key} AS id FROM ${t.marks} WHERE starred = 1 AND ${t.key} IN (SELECT value FROM json_each(?))`).all(json) as { id: number }[];
  for (const r of starred) out.get(r.id)!.starred = true;
  const tags = db
    .prepare(
      `SELECT x.${t.key} AS id, g.name FROM ${t.tags} x JOIN tags g ON g.id = x.tag_id
       WHERE x.${t.key} IN (SELECT value FROM json_each(?)) ORDER BY g.name COLLATE NOCASE`,
    )
    .all(json) as { id: number; name: string }[];
  for (const r of tags) out.get(r.id)!.tags.push(r.name);
  return out;
}

/** Star, tags and note of one message or sender. */
export function annotationOf(db: Database, kind: Kind, id: number): Annotation {
  const t = TABLES[kind];
  const mark = db.prepare(`SELECT starred, note FROM ${t.marks} WHERE ${t.key} = ?`).get(id) as { starred: number; note: string | null } | undefined;
  return { starred: mark?.starred === 1, tags: marksOf(db, kind, [id]).get(id)!.tags, note: mark?.note ?? null };
}

export interface TagUse {
  tag: string;
  messages: number;
  senders: number;
}

/** Every tag that marks something, with how many messages and senders carry it, most used first. */
export function listTags(db: Database): TagUse[] {
  return db
    .prepare(
      `SELECT g.name AS tag,
              (SELECT count(*) FROM message_tags x WHERE x.tag_id = g.id) AS messages,
              (SELECT count(*) FROM sender_tags x WHERE x.tag_id = g.id) AS senders
       FROM tags g`,
    )
    .all()
    .filter((r) => (r as TagUse).messages + (r as TagUse).senders > 0)
    .sort((a, b) => {
      const x = a as TagUse;
      const y = b as TagUse;
      return y.messages + y.senders - (x.messages + x.senders) || x.tag.localeCompare(y.tag);
    }) as TagUse[];
}

/**
 * Every marked message or sender (a star, a tag or a note), by id. Marks are few next to messages,
 * so the dossiers and the report read them all at once and look them up.
 */
export function markedAnnotations(db: Database, kind: Kind): Map<number, Annotation> {
  const t = TABLES[kind];
  const out = new Map<number, Annotation>();
  const at = (id: number) => {
    let a = out.get(id);
    if (!a) out.set(id, (a = { starred: false, tags: [], note: null }));
    return a;
  };
  const marks = db.prepare(`SELECT ${t.key} AS id, starred, note FROM ${t.marks} WHERE starred = 1 OR note IS NOT NULL`).all() as { id: number; starred: number; note: string | null }[];
  for (const m of marks) Object.assign(at(m.id), { starred: m.starred === 1, note: m.note });
  const tags = db.prepare(`SELECT x.${t.key} AS id, g.name FROM ${t.tags} x JOIN tags g ON g.id = x.tag_id ORDER BY g.name COLLATE NOCASE`).all() as { id: number; name: string }[];
  for (const r of tags) at(r.id).tags.push(r.name);
  return out;
}

export const NO_ANNOTATION: Annotation = Object.freeze({ starred: false, tags: [], note: null }) as Annotation;
