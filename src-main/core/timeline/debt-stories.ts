// SPDX-License-Identifier: MIT
// The debts the messages reveal and how each story escalated, read from `debt_facts`. A lender
// signs with its company name (【青禾消费金融】) and names the app the loan came through (速借宝):
// names that share a message that way are one debt, keyed by the name the messages use most.
// A collector's text that names no platform belongs to the debt its sender (or its cluster)
// names most often.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Category } from '../model/analysis';
import type { ExposureEvent, Incident, IncidentStage, TimelineItem } from '../model/timeline';

export interface DebtFactRow {
  messageId: number;
  senderId: number;
  sender: string;
  time: number;
  category: Category;
  platforms: string[];
  signature: string | null;
  amountCents: number | null;
  stage: IncidentStage | null;
}

export interface DebtKnowledge {
  senderId: number;
  sender: string;
  item: string;
  firstTime: number;
  messageId: number;
  mentions: number;
}

export interface DebtStories {
  items: TimelineItem[];
  /** Sender × debt knowledge: the first message naming it and how many did. */
  knowledge: DebtKnowledge[];
  /** Every message naming a debt, in time order (the CLI lists all mentions). */
  events: ExposureEvent[];
  incidents: Incident[];
}

/** Steps kept per incident: the first message of each stage from each sender, at most this many. */
const MAX_STEPS = 1000;

export function readDebtFacts(db: Database): DebtFactRow[] {
  const rows = db
    .prepare(
      `SELECT d.message_id, d.sender_id, s.address, d.time, d.category, d.platforms, d.signature, d.amount_cents, d.stage
       FROM debt_facts d JOIN senders s ON s.id = d.sender_id ORDER BY d.time, d.message_id`,
    )
    .raw()
    .all() as [number, number, string, number, Category, string, string | null, number | null, IncidentStage | null][];
  return rows.map(([messageId, senderId, sender, time, category, platforms, signature, amountCents, stage]) => ({
    messageId,
    senderId,
    sender,
    time,
    category,
    platforms: JSON.parse(platforms) as string[],
    signature,
    amountCents,
    stage,
  }));
}

export function formatAmount(cents: number): string {
  return `¥${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Platform name → the key of its debt (the group's most used name in message bodies). */
function platformGroups(facts: readonly DebtFactRow[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const bodyUses = new Map<string, number>();
  for (const f of facts) {
    for (const p of f.platforms) {
      if (!parent.has(p)) parent.set(p, p);
      if (p !== f.signature) bodyUses.set(p, (bodyUses.get(p) ?? 0) + 1);
    }
    // Fraud copies a lender's signature onto any bait: only genuine notices tie names together.
    if (f.signature && f.category !== 'fraud') for (const p of f.platforms) if (p !== f.signature) parent.set(find(p), find(f.signature));
  }
  const members = new Map<string, string[]>();
  for (const p of parent.keys()) pushTo(members, find(p), p);
  const keyOf = new Map<string, string>();
  for (const names of members.values()) {
    const key = [...names].sort((a, b) => (bodyUses.get(b) ?? 0) - (bodyUses.get(a) ?? 0) || a.localeCompare(b))[0]!;
    for (const n of names) keyOf.set(n, key);
  }
  return keyOf;
}

/** Appends in place: copying the list per fact made a million-message story quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mostCommon<T>(values: Iterable<T>): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

/** The debt keys a fact names (by its body platforms first, then its signature). */
function debtsNamed(f: DebtFactRow, keyOf: Map<string, string>): string[] {
  const keys: string[] = [];
  const ordered = [...f.platforms.filter((p) => p !== f.signature), ...f.platforms.filter((p) => p === f.signature)];
  for (const p of ordered) {
    const k = keyOf.get(p);
    if (k && !keys.includes(k)) keys.push(k);
  }
  return keys;
}

export function debtStories(facts: readonly DebtFactRow[], clusterOf: ReadonlyMap<number, number>): DebtStories {
  const keyOf = platformGroups(facts);
  // A debt is one the user's own (or their contact's) notices and collectors name, not a scam's bait alone.
  const genuine = new Set<string>();
  const names = new Map<string, Set<string>>();
  const amounts = new Map<string, number[]>();
  for (const f of facts) {
    for (const k of debtsNamed(f, keyOf)) {
      if (f.category !== 'fraud') {
        genuine.add(k);
        if (f.amountCents !== null) pushTo(amounts, k, f.amountCents);
      }
    }
    for (const p of f.platforms) names.set(keyOf.get(p)!, (names.get(keyOf.get(p)!) ?? new Set()).add(p));
  }
  const items: TimelineItem[] = [...genuine].map((k) => {
    const alias = [...(names.get(k) ?? [])].filter((n) => n !== k);
    const amount = mostCommon(amounts.get(k) ?? []);
    const label = [[k, ...alias].join(' / '), amount === null ? null : formatAmount(amount)].filter(Boolean).join(' ');
    return { key: `debt:${k}`, type: 'debt', label };
  });

  const events: ExposureEvent[] = [];
  const knowledge = new Map<string, DebtKnowledge>();
  const senderDebts = new Map<number, string[]>();
  for (const f of facts) {
    for (const k of debtsNamed(f, keyOf)) {
      if (!genuine.has(k)) continue;
      const item = `debt:${k}`;
      const pair = `${f.senderId}\u0000${item}`;
      const known = knowledge.get(pair);
      events.push({ time: f.time, senderId: f.senderId, sender: f.sender, item, messageId: f.messageId, first: known === undefined });
      if (known) known.mentions++;
      else knowledge.set(pair, { senderId: f.senderId, sender: f.sender, item, firstTime: f.time, messageId: f.messageId, mentions: 1 });
      pushTo(senderDebts, f.senderId, k);
    }
  }
  return { items, knowledge: [...knowledge.values()], events, incidents: incidents(facts, keyOf, genuine, senderDebts, clusterOf) };
}

function incidents(
  facts: readonly DebtFactRow[],
  keyOf: Map<string, string>,
  genuine: ReadonlySet<string>,
  senderDebts: ReadonlyMap<number, string[]>,
  clusterOf: ReadonlyMap<number, number>,
): Incident[] {
  const senderDebt = new Map<number, string>();
  for (const [sender, keys] of senderDebts) senderDebt.set(sender, mostCommon(keys)!);
  const clusterVotes = new Map<number, string[]>();
  for (const [sender, keys] of senderDebts) {
    const c = clusterOf.get(sender);
    if (c !== undefined) for (const k of keys) pushTo(clusterVotes, c, k);
  }
  const clusterDebt = new Map<number, string>();
  for (const [c, keys] of clusterVotes) clusterDebt.set(c, mostCommon(keys)!);

  const stories = new Map<string, { platform: string | null; cluster: number | null; facts: DebtFactRow[] }>();
  for (const f of facts) {
    if (f.stage === null) continue;
    const cluster = clusterOf.get(f.senderId) ?? null;
    const named = debtsNamed(f, keyOf).find((k) => genuine.has(k));
    const platform = named ?? senderDebt.get(f.senderId) ?? (cluster === null ? undefined : clusterDebt.get(cluster));
    let id: string;
    if (platform !== undefined) id = `platform:${platform}`;
    else if (cluster !== null && (f.category === 'debt_collection' || f.category === 'contact_collection')) id = `cluster:${cluster}`;
    else continue;
    const story = stories.get(id) ?? { platform: platform ?? null, cluster: platform === undefined ? cluster : null, facts: [] };
    story.facts.push(f);
    stories.set(id, story);
  }

  const out: Incident[] = [];
  for (const [id, story] of stories) {
    const seen = new Set<string>();
    const steps: Incident['steps'] = [];
    let contactsDrawnIn: number | null = null;
    for (const f of story.facts) {
      if (f.stage === 'contacts' && contactsDrawnIn === null) contactsDrawnIn = f.time;
      const key = `${f.senderId}:${f.stage}`;
      if (seen.has(key) || steps.length >= MAX_STEPS) continue;
      seen.add(key);
      steps.push({ time: f.time, messageId: f.messageId, senderId: f.senderId, sender: f.sender, stage: f.stage!, category: f.category });
    }
    const cluster = story.cluster ?? mostCommon(story.facts.map((f) => clusterOf.get(f.senderId)).filter((c): c is number => c !== undefined));
    const senders = [...new Set(story.facts.map((f) => f.sender))];
    const title = story.platform ?? `${senders.slice(0, 3).join(', ')}${senders.length > 3 ? ` +${senders.length - 3}` : ''}`;
    out.push({ id, title, platform: story.platform, cluster, steps, contactsDrawnIn });
  }
  return out.sort((a, b) => a.steps[0]!.time - b.steps[0]!.time || a.id.localeCompare(b.id));
}
