// SPDX-License-Identifier: MIT
// Which messages a report cites, and their text and provenance. A report on a million messages
// cannot print them all: it cites the ones that prove something (the first time a sender showed an
// item, each step of a debt story, the messages behind a link between senders, the facts behind a
// piece of advice, and what the user starred, tagged or annotated), in that order of importance,
// up to a cap that the report states.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Advice } from '../model/advice';
import type { Annotation } from '../model/annotation';
import { NO_ANNOTATION } from '../annotations/read-annotations';
import type { Category } from '../model/analysis';
import type { ProfileItem } from '../model/profile';
import type { CitationReason, CitedMessage } from '../model/report';
import type { Timeline } from '../model/timeline';
import { maskCitedText, type MentionSpan } from './mask-cited-text';

export const DEFAULT_CITATION_CAP = 5000;

interface Citation {
  reasons: Set<CitationReason>;
  items: Set<string>;
}

/** Message ids to cite, most important first, each with why; `total` counts them before the cap. */
export function chooseCitations(
  timeline: Timeline,
  advice: readonly Advice[],
  cap: number,
  marked: Iterable<number> = [],
): { cited: Map<number, Citation>; total: number } {
  const all = new Map<number, Citation>();
  const cite = (id: number, reason: CitationReason, item?: string) => {
    const c = all.get(id) ?? { reasons: new Set<CitationReason>(), items: new Set<string>() };
    c.reasons.add(reason);
    if (item !== undefined) c.items.add(item);
    all.set(id, c);
  };
  for (const e of timeline.events) if (e.first) cite(e.messageId, 'first_knowledge', e.item);
  for (const incident of timeline.incidents) for (const step of incident.steps) cite(step.messageId, 'incident_step');
  for (const cluster of timeline.clusters) for (const reason of cluster.reasons) for (const id of reason.messageIds) cite(id, 'cluster_reason');
  for (const a of advice) for (const id of a.messageIds) cite(id, 'advice');
  for (const id of marked) cite(id, 'user_marked');
  // Map keeps insertion order, which is the order of importance above.
  const cited = new Map([...all].slice(0, cap));
  return { cited, total: all.size };
}

interface MessageRow {
  id: number;
  time: number;
  timeSuspect: number;
  senderId: number;
  sender: string;
  direction: 'in' | 'out';
  body: string;
  category: Category | null;
  risk: number | null;
  sourceFile: string;
  sourceSha256: string;
}

/** The cited messages in time order, with their source file and its sha256; profile values masked unless `reveal`. */
export function loadCitedMessages(
  db: Database,
  cited: Map<number, Citation>,
  options: { reveal: boolean; items: readonly ProfileItem[]; annotations?: ReadonlyMap<number, Annotation> },
): CitedMessage[] {
  const ids = JSON.stringify([...cited.keys()]);
  const rows = db
    .prepare(
      `SELECT m.id, m.time, m.time_suspect AS timeSuspect, m.sender_id AS senderId, s.address AS sender, m.direction, m.body,
              a.category, a.risk, src.file_name AS sourceFile, src.sha256 AS sourceSha256
         FROM messages m
         JOIN senders s ON s.id = m.sender_id
         JOIN sources src ON src.id = m.source_id
         LEFT JOIN analysis a ON a.message_id = m.id
        WHERE m.id IN (SELECT value FROM json_each(?))
        ORDER BY m.time, m.id`,
    )
    .all(ids) as MessageRow[];
  const spans = options.reveal ? new Map<number, MentionSpan[]>() : mentionSpans(db, ids);
  return rows.map((r) => {
    const c = cited.get(r.id)!;
    const a = options.annotations?.get(r.id) ?? NO_ANNOTATION;
    // The user's note may quote their own details: masked like the message it sits on.
    const note = a.note !== null && !options.reveal ? maskCitedText(a.note, [], options.items) : a.note;
    return {
      ...r,
      timeSuspect: r.timeSuspect === 1,
      body: options.reveal ? r.body : maskCitedText(r.body, spans.get(r.id) ?? [], options.items),
      reasons: [...c.reasons],
      items: [...c.items],
      annotation: { ...a, note },
    };
  });
}

function mentionSpans(db: Database, ids: string): Map<number, MentionSpan[]> {
  const rows = db
    .prepare(
      `SELECT message_id AS messageId, item_key AS itemKey, start, "end" FROM pii_mentions
        WHERE item_key IS NOT NULL AND message_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as (MentionSpan & { messageId: number })[];
  const byMessage = new Map<number, MentionSpan[]>();
  for (const r of rows) {
    const list = byMessage.get(r.messageId) ?? [];
    list.push({ itemKey: r.itemKey, start: r.start, end: r.end });
    byMessage.set(r.messageId, list);
  }
  return byMessage;
}
