// SPDX-License-Identifier: MIT
// Which senders are probably one operation: union-find over senders that share a strong value
// (a callback number or IM handle, a link or its domain, a payment account, an unknown
// signature, a near-duplicate template). Weak values (a platform name, which every collector
// and scammer who bought the same leaked list prints; a well-known institution's signature,
// which any impersonator copies) never join two clusters and are only listed as further
// reasons inside one. A value an official channel shares, or one shared by more than
// MAX_SHARING_SENDERS, is public and links nothing.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { INSTITUTION_NAMES } from '../classify/lexicon-institutions';
import type { PiiFinding } from '../model/analysis';
import { detectPii } from '../pii/detect-pii';
import { LinkReasonKind, type LinkReason, type SenderCluster } from '../model/timeline';
import { DisjointSets } from './disjoint-sets';
import { findMessageLinks } from './message-links';
import { displayTemplate, maskTemplate } from './message-template';
import { type LinkageSender, loadLinkageSenders } from './sender-roles';
import { nearDuplicateGroups } from './template-groups';

export const MAX_SHARING_SENDERS = 30;
/** Reasons listed per cluster, strongest first; a large operation can share hundreds of templates. */
export const MAX_REASONS_PER_CLUSTER = 60;

/** Senders (id → their first message showing the value). */
type Holders = Map<number, number>;

interface ValueGroup {
  kind: LinkReasonKind;
  value: string;
  holders: Holders;
}

function addHolder(holders: Holders, senderId: number, messageId: number): void {
  const had = holders.get(senderId);
  if (had === undefined || messageId < had) holders.set(senderId, messageId);
}

function isWellKnownSignature(signature: string): boolean {
  INSTITUTION_NAMES.lastIndex = 0;
  const known = INSTITUTION_NAMES.test(signature);
  INSTITUTION_NAMES.lastIndex = 0;
  return known;
}

function isWeak(group: ValueGroup): boolean {
  return group.kind === 'platform' || (group.kind === 'signature' && isWellKnownSignature(group.value));
}

/**
 * The senders a value may link (sorted by id), or null when it links nothing. A callback number
 * that is itself a sender's address (the crew's call-centre line that only ever calls) joins that
 * sender, shown with the first message that cites the number.
 */
function linkableHolders(group: ValueGroup, senders: Map<number, LinkageSender>, byAddress: Map<string, number>): Holders | null {
  const out: Holders = new Map();
  let firstCiting = Infinity;
  for (const [senderId, messageId] of group.holders) {
    const s = senders.get(senderId);
    if (!s) continue;
    if (s.role === 'official') return null;
    if (s.role === 'person') continue;
    out.set(senderId, messageId);
    firstCiting = Math.min(firstCiting, messageId);
  }
  if (group.kind === 'callback' && out.size > 0) {
    const owner = byAddress.get(group.value);
    const s = owner === undefined ? undefined : senders.get(owner);
    if (s?.role === 'official') return null;
    if (owner !== undefined && s?.role === 'open' && !out.has(owner)) out.set(owner, firstCiting);
  }
  if (out.size < 2 || out.size > MAX_SHARING_SENDERS) return null;
  return out;
}

function readGroups(db: Database): { values: ValueGroup[]; templates: ValueGroup[] } {
  const byKey = new Map<string, ValueGroup>();
  const templatesByHash = new Map<string, ValueGroup>();
  const rows = db.prepare('SELECT kind, value, sender_id, min(message_id) FROM linkage_features GROUP BY kind, value, sender_id').raw();
  for (const [kind, value, senderId, messageId] of rows.iterate() as Iterable<[LinkReasonKind, string, number, number]>) {
    const map = kind === 'template' ? templatesByHash : byKey;
    const key = kind === 'template' ? value : kind + '\u0000' + value;
    let g = map.get(key);
    if (!g) map.set(key, (g = { kind, value, holders: new Map() }));
    addHolder(g.holders, senderId, messageId);
  }
  const hashes = [...templatesByHash.keys()];
  const groupOf = nearDuplicateGroups(hashes);
  const merged = new Map<number, ValueGroup>();
  for (let i = 0; i < hashes.length; i++) {
    const source = templatesByHash.get(hashes[i]!)!;
    const root = groupOf[i]!;
    const target = merged.get(root);
    if (!target) merged.set(root, { kind: 'template', value: source.value, holders: new Map(source.holders) });
    else for (const [s, m] of source.holders) addHolder(target.holders, s, m);
  }
  return { values: [...byKey.values()], templates: [...merged.values()].filter((g) => g.holders.size >= 2) };
}

type CompactFinding = [PiiFinding['type'], string, number, number, number];

/** The masked text of the message a template reason cites, as the user reads the shared script. */
function templateText(db: Database, messageId: number): string {
  const row = db.prepare('SELECT m.body, e.pii FROM messages m LEFT JOIN analysis_evidence e ON e.message_id = m.id WHERE m.id = ?').raw().get(messageId) as [string, string | null] | undefined;
  if (!row) return '';
  const findings = row[1] === null ? detectPii(row[0]) : (JSON.parse(row[1]) as CompactFinding[]).map(([type, value, start, end, score]) => ({ type, value, start, end, score }));
  return displayTemplate(maskTemplate(row[0], findings, findMessageLinks(row[0])));
}

const KIND_ORDER = new Map(LinkReasonKind.options.map((k, i) => [k, i]));

function byStrength(a: LinkReason, b: LinkReason): number {
  return (KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!) || b.senders.length - a.senders.length || Math.min(...a.messageIds) - Math.min(...b.messageIds) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Computes the clusters from the stored features (refreshLinkage stores them; senderClusters reads them). */
export function computeSenderClusters(db: Database): SenderCluster[] {
  const senders = loadLinkageSenders(db);
  const byAddress = new Map<string, number>();
  for (const s of senders.values()) byAddress.set(s.address, s.id);
  const { values, templates } = readGroups(db);

  const sets = new DisjointSets();
  const strong: { group: ValueGroup; holders: Holders }[] = [];
  const weak: { group: ValueGroup; holders: Holders }[] = [];
  for (const group of [...values, ...templates]) {
    const holders = linkableHolders(group, senders, byAddress);
    if (!holders) continue;
    if (isWeak(group)) {
      weak.push({ group, holders });
      continue;
    }
    strong.push({ group, holders });
    const [first, ...rest] = holders.keys();
    for (const other of rest) sets.union(first!, other);
  }

  const reasonsByRoot = new Map<number, { group: ValueGroup; holders: Holders }[]>();
  const addReason = (root: number, r: { group: ValueGroup; holders: Holders }) => {
    const list = reasonsByRoot.get(root);
    if (list) list.push(r);
    else reasonsByRoot.set(root, [r]);
  };
  for (const r of strong) addReason(sets.find(r.holders.keys().next().value!), r);
  for (const r of weak) {
    const byRoot = new Map<number, Holders>();
    for (const [s, m] of r.holders) {
      const root = sets.find(s);
      if (!byRoot.has(root)) byRoot.set(root, new Map());
      byRoot.get(root)!.set(s, m);
    }
    for (const [root, holders] of byRoot) if (holders.size >= 2 && reasonsByRoot.has(root)) addReason(root, { group: r.group, holders });
  }

  const clusters: SenderCluster[] = [];
  for (const [root, list] of reasonsByRoot) {
    const members = new Set<number>();
    for (const r of list) for (const s of r.holders.keys()) members.add(s);
    const reasons = list.map(({ group, holders }): LinkReason => {
      const ids = [...holders.keys()].sort((a, b) => a - b);
      return { kind: group.kind, value: group.value, senders: ids.map((id) => senders.get(id)!.address), messageIds: ids.map((id) => holders.get(id)!) };
    });
    reasons.sort(byStrength);
    const kept = reasons.slice(0, MAX_REASONS_PER_CLUSTER);
    for (const r of kept) if (r.kind === 'template') r.value = templateText(db, Math.min(...r.messageIds));
    const ids = [...members].sort((a, b) => a - b);
    clusters.push({ id: root, senders: ids.map((id) => senders.get(id)!.address), reasons: kept });
  }
  return clusters.sort((a, b) => a.id - b.id);
}
