// SPDX-License-Identifier: MIT
// One dossier per sender that wrote or called: kind of number, first and last contact,
// messages and calls, categories, risk, what they knew and since when, their cluster, and the
// user's own marks. The
// per-sender figures come precomputed (`sender_activity`); calls are grouped on their index.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CATEGORIES, type Category } from '../model/analysis';
import type { SenderKind } from '../model/sender';
import type { SenderDossier, SenderKnowledge } from '../model/timeline';
import { markedAnnotations, NO_ANNOTATION } from '../annotations/read-annotations';

export interface KnowledgeRow {
  senderId: number;
  item: string;
  firstTime: number;
  messageId: number;
  mentions: number;
}

export type DossierSort = 'risk' | 'knows' | 'last_seen' | 'messages';

export interface DossierQuery {
  offset: number;
  limit: number;
  query?: string;
  cluster?: number;
  sort?: DossierSort;
  /** Only starred senders. */
  starred?: boolean;
  /** Only senders with this tag (ignoring ASCII case). */
  tag?: string;
}

type ActivityRow = [id: number, address: string, kind: SenderKind, contactName: string | null, first: number | null, last: number | null, messages: number | null, risk: number | null, categories: string | null, calls: number | null, callFirst: number | null, callLast: number | null];

const DOSSIER_ROWS = `
  WITH c AS (
    SELECT sender_id, count(*) AS n, min(CASE WHEN time_suspect = 0 THEN time END) AS first, max(CASE WHEN time_suspect = 0 THEN time END) AS last
    FROM calls GROUP BY sender_id)
  SELECT s.id, s.address, s.kind, s.contact_name, a.first_seen, a.last_seen, a.messages, a.risk, a.categories, c.n, c.first, c.last
  FROM senders s LEFT JOIN sender_activity a ON a.sender_id = s.id LEFT JOIN c ON c.sender_id = s.id
  WHERE a.sender_id IS NOT NULL OR c.sender_id IS NOT NULL`;

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Every category with its count (the schema's record is exhaustive). */
function categoryCounts(json: string | null): Record<Category, number> {
  const stored = JSON.parse(json ?? '{}') as Partial<Record<Category, number>>;
  return Object.fromEntries(CATEGORIES.map((c) => [c, stored[c] ?? 0])) as Record<Category, number>;
}

/** All dossiers, by sender id. */
export function allDossiers(db: Database, knowledge: readonly KnowledgeRow[], clusterOf: ReadonlyMap<number, number>): SenderDossier[] {
  const knows = new Map<number, SenderKnowledge[]>();
  for (const k of knowledge) {
    const list = knows.get(k.senderId) ?? [];
    list.push({ item: k.item, firstTime: k.firstTime, messageId: k.messageId, mentions: k.mentions });
    knows.set(k.senderId, list);
  }
  const rows = db.prepare(DOSSIER_ROWS).raw().all() as ActivityRow[];
  const marked = markedAnnotations(db, 'sender');
  return rows.map(([senderId, address, kind, contactName, first, last, messages, risk, categories, calls, callFirst, callLast]) => ({
    senderId,
    address,
    kind,
    contactName,
    firstSeen: minOf(first, callFirst),
    lastSeen: maxOf(last, callLast),
    messages: messages ?? 0,
    calls: calls ?? 0,
    categories: categoryCounts(categories),
    risk: risk ?? 0,
    knows: (knows.get(senderId) ?? []).sort((a, b) => a.firstTime - b.firstTime || a.item.localeCompare(b.item)),
    cluster: clusterOf.get(senderId) ?? null,
    annotation: marked.get(senderId) ?? NO_ANNOTATION,
  }));
}

const SORTS: Record<DossierSort, (a: SenderDossier, b: SenderDossier) => number> = {
  risk: (a, b) => b.risk - a.risk || b.knows.length - a.knows.length,
  knows: (a, b) => b.knows.length - a.knows.length || b.risk - a.risk,
  last_seen: (a, b) => (b.lastSeen ?? -Infinity) - (a.lastSeen ?? -Infinity),
  messages: (a, b) => b.messages + b.calls - (a.messages + a.calls),
};

/** One page of dossiers, filtered by address or contact name, cluster, star and tag, then sorted. */
export function pageDossiers(all: readonly SenderDossier[], q: DossierQuery): { total: number; rows: SenderDossier[] } {
  const needle = q.query?.trim().toLowerCase() ?? '';
  const digits = needle.replace(/[\s+-]/g, '');
  const tag = q.tag?.toLowerCase();
  const matching = all.filter(
    (d) =>
      (q.cluster === undefined || d.cluster === q.cluster) &&
      (q.starred === undefined || d.annotation.starred === q.starred) &&
      (tag === undefined || d.annotation.tags.some((t) => t.toLowerCase() === tag)) &&
      (needle === '' || d.address.toLowerCase().includes(digits || needle) || (d.contactName ?? '').toLowerCase().includes(needle)),
  );
  const by = SORTS[q.sort ?? 'risk'];
  matching.sort((a, b) => by(a, b) || a.address.localeCompare(b.address));
  return { total: matching.length, rows: matching.slice(q.offset, q.offset + q.limit) };
}
