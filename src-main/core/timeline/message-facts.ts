// SPDX-License-Identifier: MIT
// What one analysed message adds to the timeline: the profile items it shows (each a knowledge
// fact of its sender) and, for a message of a debt story, the platforms it names, the amount and
// its stage. Pure, so that the refresh only reads rows and writes what this returns.
import type { Category, PiiFinding, SignalCode } from '../model/analysis';
import type { IncidentStage } from '../model/timeline';
import type { SenderKind } from '../model/sender';
import { debtStage } from './debt-stage';

/**
 * A mention weaker than this is not taken as knowledge: a bare "林先生" (surname and title) is
 * what any marketing list prints and scores below it, while a masked name ("林**"), a card
 * tail or an ID fragment reach it.
 */
export const MENTION_THRESHOLD = 0.5;
/** The platform detector is unsure of short names; below this a name is not a debt. */
const PLATFORM_THRESHOLD = 0.5;

const DEBT_CATEGORIES: ReadonlySet<Category> = new Set(['debt_collection', 'contact_collection']);
/** Categories in which a named platform reveals a debt (fraud: the scammer knows of it too). */
const PLATFORM_CATEGORIES: ReadonlySet<Category> = new Set(['debt_collection', 'contact_collection', 'notice', 'fraud']);

export interface FactsInput {
  category: Category;
  signals: readonly SignalCode[];
  findings: readonly PiiFinding[];
  /** Item keys of the profile mentions with their scores. */
  mentions: readonly { itemKey: string; score: number }[];
  body: string;
  senderKind: SenderKind;
}

export interface DebtFact {
  platforms: string[];
  signature: string | null;
  amountCents: number | null;
  stage: IncidentStage | null;
}

/** The profile items a message shows, once each. */
export function knownItems(mentions: FactsInput['mentions']): string[] {
  const keys = new Set<string>();
  for (const m of mentions) if (m.score >= MENTION_THRESHOLD) keys.add(m.itemKey);
  return [...keys];
}

/** Whether a message may be part of a debt story at all (so that its body and evidence are read). */
export function mayBeDebt(category: Category): boolean {
  return PLATFORM_CATEGORIES.has(category);
}

export function amountCents(value: string): number | null {
  const n = Number.parseFloat(value.replace(/[^0-9.]/g, ''));
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null;
}

/** The debt fact of a message, or null when it is no part of a debt story. */
export function debtFact(input: FactsInput): DebtFact | null {
  if (!PLATFORM_CATEGORIES.has(input.category)) return null;
  const platforms: string[] = [];
  let signature: string | null = null;
  for (const f of input.findings) {
    if (f.type !== 'platform' || f.score < PLATFORM_THRESHOLD) continue;
    const name = f.value.trim();
    if (!platforms.includes(name)) platforms.push(name);
    // 【青禾消费金融】 is who speaks; a product named in the body is what the debt is with.
    if (input.body[f.start - 1] === '【' && input.body[f.end] === '】') signature ??= name;
  }
  if (platforms.length === 0 && !DEBT_CATEGORIES.has(input.category)) return null;
  let best: PiiFinding | null = null;
  for (const f of input.findings) if (f.type === 'amount' && (best === null || f.score > best.score)) best = f;
  const namesContacts = input.mentions.some((m) => m.score >= MENTION_THRESHOLD && (m.itemKey.startsWith('relatives.') || m.itemKey.startsWith('others.')));
  const stage = debtStage({ category: input.category, signals: new Set(input.signals), body: input.body, senderKind: input.senderKind, namesContacts });
  return { platforms, signature, amountCents: best ? amountCents(best.value) : null, stage };
}
