// SPDX-License-Identifier: MIT
// The "starred" and "tag" parts of the message list's filter, as SQL the list's planner combines
// with its other conditions, and as a direct source of ids when they are the only condition
// (starred and tagged messages are few; walking them beats walking every message).
import type { MessageFilter } from '../model/message';

export interface AnnotationSql {
  /** A condition on the message alias `m`. */
  where: string;
  params: unknown[];
  /** The matching message ids as `page_id`, without reading messages (only when alone). */
  ids: string;
  idParams: unknown[];
}

export function annotationConditions(filter: Pick<MessageFilter, 'starred' | 'tag'>): AnnotationSql | null {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.starred !== undefined) {
    where.push(`${filter.starred ? '' : 'NOT '}EXISTS (SELECT 1 FROM message_marks k WHERE k.message_id = m.id AND k.starred = 1)`);
  }
  const tag = filter.tag?.replace(/\s+/gu, ' ').trim();
  if (tag) {
    where.push('EXISTS (SELECT 1 FROM message_tags x JOIN tags g ON g.id = x.tag_id WHERE x.message_id = m.id AND g.name = ?)');
    params.push(tag);
  }
  if (where.length === 0) return null;
  // Unstarred messages are nearly all of them: only the positive conditions have a cheap id source.
  const sources: string[] = [];
  const idParams: unknown[] = [];
  if (filter.starred === true) sources.push('SELECT message_id AS page_id FROM message_marks WHERE starred = 1');
  if (tag) {
    sources.push('SELECT x.message_id AS page_id FROM message_tags x JOIN tags g ON g.id = x.tag_id WHERE g.name = ?');
    idParams.push(tag);
  }
  const ids = sources.length === where.length ? sources.join(' INTERSECT ') : '';
  return { where: where.join(' AND '), params, ids, idParams };
}
