// SPDX-License-Identifier: MIT
// What each screenshot of a set shows: app, theme, scale, recompression, the sender in the header
// and the thread (time lines and bubbles). Everything is drawn from the seed, so a set is the same
// on every machine; the eval set walks every app × theme × scale at least once.
import { DateTime } from 'luxon';
import { CORPUS_APPS, type CorpusApp, type CorpusTheme, type SenderShown } from './app-skin';
import { INCOMING_TEXTS, OUTGOING_TEXTS, type ThreadKind } from './message-texts';
import type { PlannedItem } from './screen-html';
import type { SeededRandom } from './seeded-random';
import { CORPUS_TIME_ZONE, daysBefore, formatSeparator, isoTime, separatorMoments, stylesFor } from './time-separators';

export type CorpusSet = 'ci' | 'eval';
export const CORPUS_SCALES = [2, 2.75, 3] as const;

export interface Recompression {
  quality: number;
  /** Down to 0.8× and back up first, as chat apps do when forwarding. */
  resize: boolean;
}

export interface ScreenPlan {
  /** The image id, or the conversation id when it is captured in several parts. */
  id: string;
  app: CorpusApp;
  theme: CorpusTheme;
  scale: number;
  jpeg: Recompression | null;
  sender: SenderShown;
  referenceDate: string;
  items: PlannedItem[];
  /** 1 for a single screenshot; more for a long thread captured as overlapping screenshots. */
  parts: number;
  statusClock: string;
  battery: number;
}

interface SenderChoice extends SenderShown {
  kinds: readonly ThreadKind[];
}

const number = (display: string, address: string, kinds: readonly ThreadKind[]): SenderChoice => ({ display, address, isName: false, kinds });
const name = (display: string, kinds: readonly ThreadKind[]): SenderChoice => ({ display, address: display, isName: true, kinds });

const SENDERS: readonly SenderChoice[] = [
  number('+86 138 0013 8000', '+8613800138000', ['collection', 'contact', 'scam']),
  number('13800138000', '13800138000', ['collection', 'contact', 'chat']),
  number('+86 139 1234 5678', '+8613912345678', ['contact', 'scam', 'chat']),
  number('186 2025 0417', '18620250417', ['collection', 'contact']),
  number('17700004321', '17700004321', ['scam', 'contact']),
  number('+1 (415) 555-0134', '+14155550134', ['english']),
  number('1069 0235 8888', '106902358888', ['collection', 'code', 'scam']),
  number('106575001234', '106575001234', ['code', 'notice', 'scam']),
  number('1069 8800 1234 5', '1069880012345', ['code', 'collection']),
  number('95588', '95588', ['notice', 'code']),
  number('95533', '95533', ['notice']),
  number('10086', '10086', ['notice']),
  number('95555', '95555', ['notice', 'code']),
  name('王律师', ['collection']),
  name('催收 小刘', ['collection', 'contact']),
  name('妈妈', ['chat']),
  name('李明', ['chat']),
  name('Mom', ['english', 'chat']),
  name('Anna', ['english']),
];

const KIND_WEIGHTS: ReadonlyArray<[ThreadKind, number]> = [
  ['collection', 5],
  ['contact', 4],
  ['scam', 3],
  ['code', 2],
  ['notice', 3],
  ['chat', 4],
  ['english', 2],
];

function pickKind(random: SeededRandom): ThreadKind {
  const total = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'chat';
}

/** Draws texts without repeating one until the pool is used up. */
function textDrawer(random: SeededRandom, pool: readonly string[]): () => string {
  let bag: string[] = [];
  return () => {
    if (bag.length === 0) bag = random.shuffle(pool);
    return bag.pop() as string;
  };
}

function threadItems(random: SeededRandom, kind: ThreadKind, referenceDate: string, messageCount: number): PlannedItem[] {
  const incoming = textDrawer(random, INCOMING_TEXTS[kind]);
  const outgoingPool = OUTGOING_TEXTS[kind];
  const outgoing = outgoingPool.length > 0 ? textDrawer(random, outgoingPool) : null;
  const replyChance = kind === 'chat' || kind === 'english' ? 0.45 : kind === 'collection' || kind === 'contact' ? 0.3 : 0.12;
  const message = (): PlannedItem =>
    outgoing && random.chance(replyChance) ? { kind: 'message', direction: 'out', text: outgoing() } : { kind: 'message', direction: 'in', text: incoming() };

  const items: PlannedItem[] = [];
  let remaining = messageCount;
  if (random.chance(0.15)) {
    const lead = Math.min(remaining, random.int(1, 2));
    for (let i = 0; i < lead; i++) items.push(message());
    remaining -= lead;
  }
  const groups: number[] = [];
  while (remaining > 0) {
    const size = Math.min(remaining, random.int(1, 3));
    groups.push(size);
    remaining -= size;
  }
  const moments = separatorMoments(random, referenceDate, groups.length).sort((a, b) => a.toMillis() - b.toMillis());
  const english = kind === 'english';
  groups.forEach((size, g) => {
    const moment = moments[g] as DateTime;
    // A phone prints the year for a day in an earlier year, so 4月16日 only fits the current one.
    const sameYear = moment.year === Number(referenceDate.slice(0, 4));
    const style = random.pick(stylesFor(daysBefore(moment, referenceDate), english).filter((s) => sameYear || s !== 'zh-month-day-period'));
    items.push({ kind: 'separator', text: formatSeparator(moment, style), time: isoTime(moment) });
    for (let i = 0; i < size; i++) items.push(message());
  });
  return items;
}

/**
 * The days the screenshots were taken. Few of them, so the eval can hand each day's images to the
 * reader in one batch; one in early January, whose older separators fall in the previous year.
 */
const REFERENCE_DATES = ['2025-04-16', '2025-06-29', '2025-09-03', '2026-01-05'] as const;

interface Look {
  app: CorpusApp;
  theme: CorpusTheme;
  scale: number;
  jpeg: boolean;
}

function screenPlan(random: SeededRandom, id: string, look: Look, parts: number): ScreenPlan {
  const kind = pickKind(random);
  const sender = random.pick(SENDERS.filter((s) => s.kinds.includes(kind)));
  const referenceDate = random.pick(REFERENCE_DATES);
  const messageCount = parts > 1 ? random.int(9, 11) * parts : random.int(4, 10);
  const items = threadItems(random, kind, referenceDate, messageCount);
  const last = [...items].reverse().find((i) => i.kind === 'separator');
  const lastTime = last?.kind === 'separator' ? DateTime.fromISO(last.time, { setZone: true }) : DateTime.fromISO(`${referenceDate}T12:00`, { zone: CORPUS_TIME_ZONE });
  const taken = lastTime.plus({ minutes: random.int(1, 50) });
  const jpeg = look.jpeg ? { quality: random.int(70, 85), resize: random.chance(0.5) } : null;
  return {
    id,
    app: look.app,
    theme: look.theme,
    scale: look.scale,
    jpeg,
    sender: { display: sender.display, address: sender.address, isName: sender.isName },
    referenceDate,
    items,
    parts,
    statusClock: look.app === 'ios' ? taken.toFormat('H:mm') : taken.toFormat('HH:mm'),
    battery: random.int(18, 97),
  };
}

const CI_LOOKS: ReadonlyArray<Look & { parts: number }> = [
  { app: 'ios', theme: 'light', scale: 3, jpeg: false, parts: 1 },
  { app: 'ios', theme: 'dark', scale: 3, jpeg: false, parts: 1 },
  { app: 'google-messages', theme: 'light', scale: 2.75, jpeg: false, parts: 1 },
  { app: 'miui', theme: 'dark', scale: 2.75, jpeg: false, parts: 1 },
  { app: 'emui', theme: 'light', scale: 3, jpeg: true, parts: 1 },
  { app: 'coloros', theme: 'light', scale: 2, jpeg: false, parts: 1 },
  { app: 'google-messages', theme: 'light', scale: 2, jpeg: false, parts: 2 },
];

/** The screens of a set; a plan with `parts` > 1 becomes that many overlapping images. */
export function corpusPlan(set: CorpusSet, random: SeededRandom): ScreenPlan[] {
  if (set === 'ci') return CI_LOOKS.map((look, i) => screenPlan(random, look.parts > 1 ? `ci-conv-${i + 1}` : `ci-${String(i + 1).padStart(2, '0')}`, look, look.parts));

  const combos: Look[] = [];
  for (const app of CORPUS_APPS) for (const theme of ['light', 'dark'] as const) for (const scale of CORPUS_SCALES) combos.push({ app, theme, scale, jpeg: false });
  const slots = [...random.shuffle(combos), ...random.shuffle(combos)].map((look, i) => ({ ...look, jpeg: i % 3 === 2 }));
  const singles = slots.slice(0, 51).map((look, i) => screenPlan(random, `eval-${String(i + 1).padStart(2, '0')}`, look, 1));
  const conversations = slots.slice(51, 54).map((look, i) => screenPlan(random, `eval-conv-${i + 1}`, look, 3));
  return [...singles, ...conversations];
}
