// SPDX-License-Identifier: MIT
import { screenshotReadingOf } from '../screenshots/screenshot-readings';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageDetail, MessageFilter, MessageRow, MessageBox } from '../model/message';
import type { SenderKind } from '../model/sender';
import { LeaklineError } from '../errors';
import { matchExpression } from '../search/bigram-tokens';
import { firstIdAt } from './message-id';
import type { Category, CategorySource } from '../model/analysis';
import { signalBit } from '../analysis/signal-bits';
import { readAnalysis } from '../analysis/analysis-rows';
import { labelOfMessage } from '../learning/labels-store';
import { annotationConditions } from '../annotations/annotation-filter';
import { annotationOf, marksOf } from '../annotations/read-annotations';

const SNIPPET_CHARS = 160;

interface RowShape {
  id: number;
  sender_id: number;
  address: string;
  sender_kind: SenderKind;
  contact_name: string | null;
  direction: 'in' | 'out';
  time: number;
  time_suspect: number;
  snippet: string;
  kind: 'sms' | 'mms';
  category: Category | null;
  category_source: CategorySource | null;
  risk: number | null;
}

function toRow(r: RowShape, marks: { starred: boolean; tags: string[] }): MessageRow {
  return {
    id: r.id,
    senderId: r.sender_id,
    sender: r.address,
    senderKind: r.sender_kind,
    contactName: r.contact_name,
    direction: r.direction,
    time: r.time,
    timeSuspect: r.time_suspect === 1,
    snippet: r.snippet,
    kind: r.kind,
    category: r.category,
    categorySource: r.category_source,
    risk: r.risk,
    starred: marks.starred,
    tags: marks.tags,
  };
}

/** The analysis part of a filter, as conditions on the analysis row `a`. */
function analysisConditions(filter: MessageFilter): { sql: string; params: unknown[] } | null {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.categories) {
    parts.push(`a.category IN (${filter.categories.map(() => '?').join(', ')})`);
    params.push(...filter.categories);
  }
  if (filter.minRisk !== undefined) {
    parts.push('a.risk >= ?');
    params.push(filter.minRisk);
  }
  if (filter.signal) {
    const bit = signalBit(filter.signal);
    parts.push(`(a.signal_bits_${bit.column} & ?) <> 0`);
    params.push(bit.mask);
  }
  return parts.length ? { sql: parts.join(' AND '), params } : null;
}

interface Plan {
  /** FROM … WHERE … without ORDER BY; the message alias is always m. */
  from: string;
  params: unknown[];
  /** The expression to order by, descending: the search index's rowid or the message id. */
  order: string;
  /** A cheaper way to count, when the filter allows one. */
  count?: { sql: string; params: unknown[] };
  /**
   * Where the matching ids are found without reading message rows (as `page_id`): used for few
   * matches (sorting them beats walking every message newest first for a page of rare ones), or
   * always when `always` is set.
   */
  ids?: { select: string; params: unknown[]; order: string; always?: boolean };
}

/** Up to this many matches, sorting them beats walking the whole list for a page. */
const SPARSE_MATCHES = 20_000;

/**
 * Chooses how to walk the data for a filter. Ids are time-ordered (message-id.ts), so dates become
 * id ranges, "newest first" is a descending walk, and a search walks the index's newest matches
 * and stops after one page. A sender filter is driven from the sender's messages instead, since a
 * sender has few messages compared with a common search term.
 */
function plan(filter: MessageFilter): Plan {
  const range: string[] = [];
  const rangeParams: unknown[] = [];
  const idExpr = '@ID@';
  if (filter.from !== undefined) {
    range.push(`${idExpr} >= ?`);
    rangeParams.push(firstIdAt(filter.from));
  }
  if (filter.to !== undefined) {
    range.push(`${idExpr} < ?`);
    rangeParams.push(firstIdAt(filter.to));
  }
  const rest: string[] = [];
  const restParams: unknown[] = [];
  if (filter.senderId !== undefined) {
    rest.push('m.sender_id = ?');
    restParams.push(filter.senderId);
  }
  if (filter.direction) {
    rest.push('m.direction = ?');
    restParams.push(filter.direction);
  }
  const analysed = analysisConditions(filter);
  if (analysed) {
    rest.push(`EXISTS (SELECT 1 FROM analysis a WHERE a.message_id = m.id AND ${analysed.sql})`);
    restParams.push(...analysed.params);
  }
  const marked = annotationConditions(filter);
  if (marked) {
    rest.push(marked.where);
    restParams.push(...marked.params);
  }
  const query = filter.query?.trim() ?? '';
  const match = query ? matchExpression(query) : null;
  const where = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');

  if (match && filter.senderId === undefined) {
    const ranged = range.map((r) => r.replace(idExpr, 'f.rowid'));
    const from = `FROM messages_fts f JOIN messages m ON m.id = f.rowid ${where(['f.messages_fts MATCH ?', ...ranged, ...rest])}`;
    const params = [match, ...rangeParams, ...restParams];
    const plan: Plan = { from, params, order: 'f.rowid' };
    if (rest.length === 0) {
      plan.count = { sql: `SELECT count(*) AS n FROM messages_fts f ${where(['f.messages_fts MATCH ?', ...ranged])}`, params: [match, ...rangeParams] };
    } else if (analysed && rest.length === 1) {
      // Search plus analysis conditions only: the index's rowids probe the narrow analysis table
      // directly, without reading any message row.
      const probe = `EXISTS (SELECT 1 FROM analysis a WHERE a.message_id = f.rowid AND ${analysed.sql})`;
      const onlyIndex = `FROM messages_fts f ${where(['f.messages_fts MATCH ?', ...ranged, probe])}`;
      const onlyParams = [match, ...rangeParams, ...analysed.params];
      plan.count = { sql: `SELECT count(*) AS n ${onlyIndex}`, params: onlyParams };
      plan.ids = { select: `SELECT f.rowid AS page_id ${onlyIndex}`, params: onlyParams, order: 'f.rowid', always: true };
    }
    return plan;
  }
  const parts = [...range.map((r) => r.replace(idExpr, 'm.id')), ...rest];
  const params = [...rangeParams, ...restParams];
  if (match) {
    parts.push('EXISTS (SELECT 1 FROM messages_fts f WHERE f.messages_fts MATCH ? AND f.rowid = m.id)');
    params.push(match);
  } else if (query) {
    // Punctuation-only queries have no tokens in the index: scan.
    parts.push('instr(m.body, ?) > 0');
    params.push(query);
  }
  if (filter.senderId !== undefined || (query && !match)) {
    return { from: `FROM messages m ${where(parts)}`, params, order: 'm.id' };
  }
  const narrow: Plan = { from: `FROM messages m INDEXED BY messages_order ${where(parts)}`, params, order: 'm.id' };
  if (parts.length === 0) {
    // Every message belongs to exactly one source, which counted it when it was imported.
    narrow.count = { sql: 'SELECT coalesce(sum(messages_added), 0) AS n FROM sources', params: [] };
  } else if (analysed && parts.length === 1) {
    // Only analysis conditions: the analysis table (one narrow row per message) counts them on its
    // own indexes, and when they are few it hands over their ids at once.
    const index = filter.categories ? 'INDEXED BY analysis_category' : filter.minRisk !== undefined ? 'INDEXED BY analysis_risk' : '';
    narrow.count = { sql: `SELECT count(*) AS n FROM analysis a ${index} WHERE ${analysed.sql}`, params: analysed.params };
    narrow.ids = { select: `SELECT a.message_id AS page_id FROM analysis a ${index} WHERE ${analysed.sql}`, params: analysed.params, order: 'a.message_id' };
  } else if (marked?.ids && parts.length === 1) {
    // Only stars or tags: the user marked few messages, so their ids are the whole answer.
    narrow.count = { sql: `SELECT count(*) AS n FROM (${marked.ids})`, params: marked.idParams };
    narrow.ids = { select: marked.ids, params: marked.idParams, order: 'page_id', always: true };
  }
  return narrow;
}

/**
 * One page of messages, newest first, with the total that matches the filter. The page's ids are
 * found first and then joined; CROSS JOIN pins that order, since SQLite otherwise may prefer to
 * walk all messages and probe the page.
 */
export function listMessages(
  db: Database,
  filter: MessageFilter,
  offset: number,
  limit: number,
): { total: number; rows: MessageRow[] } {
  const p = plan(filter);
  const count = p.count ?? { sql: `SELECT count(*) AS n ${p.from}`, params: p.params };
  const total = (db.prepare(count.sql).get(...count.params) as { n: number }).n;
  const page =
    p.ids && (p.ids.always || total <= SPARSE_MATCHES)
      ? { sql: `${p.ids.select} ORDER BY ${p.ids.order} DESC LIMIT ? OFFSET ?`, params: p.ids.params }
      : { sql: `SELECT m.id AS page_id ${p.from} ORDER BY ${p.order} DESC LIMIT ? OFFSET ?`, params: p.params };
  const rows = db
    .prepare(
      `SELECT m.id, m.sender_id, s.address, s.kind AS sender_kind, s.contact_name, m.direction, m.time,
              m.time_suspect, substr(m.body, 1, ${SNIPPET_CHARS}) AS snippet, m.kind,
              a.category, a.category_source, a.risk
       FROM (${page.sql}) page
       CROSS JOIN messages m ON m.id = page.page_id CROSS JOIN senders s ON s.id = m.sender_id
       LEFT JOIN analysis a ON a.message_id = m.id
       ORDER BY m.id DESC`,
    )
    .all(...page.params, limit, offset) as RowShape[];
  const marks = marksOf(db, 'message', rows.map((r) => r.id));
  return { total, rows: rows.map((r) => toRow(r, marks.get(r.id)!)) };
}

export function getMessage(db: Database, id: number): MessageDetail {
  const r = db
    .prepare(
      `SELECT m.id, m.sender_id, s.address, s.kind AS sender_kind, s.contact_name, m.direction, m.time,
              m.time_suspect, substr(m.body, 1, ${SNIPPET_CHARS}) AS snippet, m.kind, m.body, m.box, m.time_sent,
              m.time_text, m.service_center, m.read, m.sender_raw, m.blocked,
              src.id AS source_id, src.file_name, src.sha256, src.format,
              a.category, a.category_source, a.risk
       FROM messages m JOIN senders s ON s.id = m.sender_id JOIN sources src ON src.id = m.source_id
       LEFT JOIN analysis a ON a.message_id = m.id
       WHERE m.id = ?`,
    )
    .get(id) as
    | (RowShape & {
        body: string;
        box: MessageBox;
        time_sent: number | null;
        time_text: string | null;
        service_center: string | null;
        read: number | null;
        sender_raw: string;
        blocked: number;
        source_id: number;
        file_name: string;
        sha256: string;
        format: string;
      })
    | undefined;
  if (!r) throw new LeaklineError('NOT_FOUND', `no message with id ${id}`);
  const annotation = annotationOf(db, 'message', r.id);
  return {
    ...toRow(r, annotation),
    body: r.body,
    box: r.box,
    timeSent: r.time_sent,
    timeText: r.time_text,
    serviceCenter: r.service_center,
    read: r.read === null ? null : r.read === 1,
    senderRaw: r.sender_raw,
    blocked: r.blocked === 1,
    source: { id: r.source_id, file: r.file_name, sha256: r.sha256, format: r.format },
    analysis: readAnalysis(db, r.id),
    label: labelOfMessage(db, r.id, r.sender_id),
    screenshot: r.format === 'screenshot' ? screenshotReadingOf(db, r.id) : null,
    note: annotation.note,
  };
}
