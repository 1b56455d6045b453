// SPDX-License-Identifier: MIT
// Finds the user's phone, ID and card numbers in a message however they are written: grouped with
// spaces or dashes, behind +86, masked (139****5678, 6214********8848) or reduced to a tail
// ("尾号8848"). A bare tail is only taken with a word around it that says what it is the tail of,
// because four digits alone (amounts, codes, times) would match far too often.
import type { MatchKind, ProfileMention } from '../model/analysis';

export type NumberKind = 'phone' | 'id' | 'card' | 'other';

export interface NumberItem {
  key: string;
  kind: NumberKind;
  /** Digits as stored; an ID may end in X. */
  digits: string;
  /** Other spellings that count as the same number (the 15-digit form of an 18-digit ID). */
  aliases: string[];
  tail: string;
}

// Digits, mask characters and single spaces or dashes between groups; x/X is a mask or an ID's
// check character, told apart when compared with the item.
const TOKEN = /(?:[+＋]86[ -]?)?[0-9*＊×•●](?:[0-9*＊×•●xX]|[ -](?=[0-9*＊×•●]))*/g;
const MASK = /[*＊×•●]/;

const TAIL_WORDS = ['尾号', '尾数', '后四位', '后4位', '末四位', '末4位', '最后四位', 'ending', 'ends in', 'ends with', 'last 4', 'last four'];
const ID_WORDS = ['身份证', '证件', '身份号', 'ID', 'id card', 'identity'];
const CARD_WORDS = ['卡', '银行', '账户', '账号', '储蓄', 'card', 'account'];
const PHONE_WORDS = ['手机', '电话', '号码', '联系方式', 'mobile', 'phone'];
const FIRST6_WORDS = ['前六位', '前6位', 'first six', 'first 6'];
/** A card or account word right before the digits names the account itself ("您账户8848于…"). */
const CARD_ADJACENT = /(?:账户|账号|卡号|卡)[:：为是]?\s?$/;
// Chinese says it in a few characters (卡号后四位); English needs more ("card ending in ").
const WINDOW_BEFORE = 12;
const WINDOW_BEFORE_LATIN = 20;
const WINDOW_AFTER = 6;

const MASKED_SAME_LENGTH = 0.9;
const MASKED_OTHER_LENGTH = 0.7;
export const TAIL_SCORE: Record<NumberKind, number> = { phone: 0.5, id: 0.6, card: 0.5, other: 0.5 };
export const FIRST6_SCORE = 0.5;

interface Token {
  start: number;
  /** Digits, '*' for masks and 'X' for x/X. */
  compact: string;
  /** Text offset of each compact character. */
  offsets: number[];
  /** groupStart[i] is true when a space or dash precedes compact[i]. */
  groupStart: boolean[];
  /** Whether the token opens with +86, which then belongs to a number starting at compact[0]. */
  countryPrefix: boolean;
}

function readToken(raw: string, start: number): Token {
  let i = 0;
  const countryPrefix = raw[0] === '+' || raw[0] === '＋';
  if (countryPrefix) {
    i = 3;
    while (raw[i] === ' ' || raw[i] === '-') i++;
  }
  let compact = '';
  const offsets: number[] = [];
  const groupStart: boolean[] = [];
  let separated = false;
  for (; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === ' ' || ch === '-') {
      separated = true;
      continue;
    }
    compact += ch >= '0' && ch <= '9' ? ch : ch === 'x' || ch === 'X' ? 'X' : '*';
    offsets.push(start + i);
    groupStart.push(separated);
    separated = false;
  }
  return { start, compact, offsets, groupStart, countryPrefix };
}

function mention(item: NumberItem, text: string, token: Token, from: number, to: number, matchKind: MatchKind, score: number): ProfileMention {
  const start = from === 0 && token.countryPrefix ? token.start : token.offsets[from]!;
  const end = token.offsets[to - 1]! + 1;
  return { itemKey: item.key, value: text.slice(start, end), start, end, matchKind, score };
}

/** Whether compact[from, to) stands alone in its token (not part of a longer digit run). */
function standsAlone(token: Token, from: number, to: number, kind: NumberKind): boolean {
  const left = from === 0 || token.groupStart[from] === true || (kind === 'phone' && from === 2 && token.compact.startsWith('86'));
  return left && (to === token.compact.length || token.groupStart[to] === true);
}

/**
 * Score of a masked form against a number: every visible digit must agree. Same length reads as a
 * faithful mask; a different mask count (3201****283X) is weaker evidence.
 */
export function maskedScore(masked: string, digits: string): number {
  let visible = 0;
  if (masked.length === digits.length) {
    let firstMask = -1;
    let lastMask = -1;
    for (let i = 0; i < masked.length; i++) {
      const ch = masked[i]!;
      if (ch === '*' || (ch === 'X' && digits[i] !== 'X')) {
        if (firstMask < 0) firstMask = i;
        lastMask = i;
        continue;
      }
      if (ch !== digits[i]) return 0;
      visible++;
    }
    if (firstMask < 2 || masked.length - lastMask - 1 < 2) return 0;
    return visible >= 6 ? MASKED_SAME_LENGTH : 0;
  }
  const m = /^([0-9]+)[*X]+([0-9]*[0-9X])$/.exec(masked);
  if (!m) return 0;
  const head = m[1]!;
  const tail = m[2]!;
  if (head.length + tail.length >= digits.length || head.length < 3 || tail.length < 3) return 0;
  if (!digits.startsWith(head) || !digits.endsWith(tail)) return 0;
  return head.length + tail.length >= 7 ? MASKED_OTHER_LENGTH : 0;
}

function lastIndexOfAny(window: string, words: readonly string[]): number {
  let best = -1;
  const lower = window.toLowerCase();
  for (const w of words) best = Math.max(best, lower.lastIndexOf(w.toLowerCase()));
  return best;
}

function firstIndexOfAny(window: string, words: readonly string[]): number {
  let best = -1;
  const lower = window.toLowerCase();
  for (const w of words) {
    const at = lower.indexOf(w.toLowerCase());
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** What the words around a tail say it belongs to, or null when nothing does. */
function windowBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  return /[A-Za-z]/.test(before) ? text.slice(Math.max(0, start - WINDOW_BEFORE_LATIN), start) : before;
}

export function tailContext(text: string, start: number, end: number, masked: boolean): NumberKind | null {
  const before = windowBefore(text, start);
  if (CARD_ADJACENT.test(before)) return 'card';
  if (!masked && lastIndexOfAny(before, TAIL_WORDS) < 0) return null;
  const candidates: [NumberKind, number][] = [
    ['id', lastIndexOfAny(before, ID_WORDS)],
    ['card', lastIndexOfAny(before, CARD_WORDS)],
    ['phone', lastIndexOfAny(before, PHONE_WORDS)],
  ];
  let kind: NumberKind | null = null;
  let at = -1;
  for (const [k, i] of candidates) if (i > at) [kind, at] = [k, i];
  if (kind) return kind;
  // "尾号3021卡", "尾号为8848的银行卡", "尾号5678的手机": the word follows the digits.
  const after = text.slice(end, end + WINDOW_AFTER);
  let first = WINDOW_AFTER;
  for (const [k, words] of [['id', ID_WORDS], ['card', CARD_WORDS], ['phone', PHONE_WORDS]] as const) {
    const i = firstIndexOfAny(after, words);
    if (i >= 0 && i < first) [kind, first] = [k, i];
  }
  return kind;
}

function matchTail(text: string, token: Token, items: readonly NumberItem[], out: ProfileMention[]): void {
  const { compact } = token;
  let from = 0;
  let masked = false;
  if (compact.length > 4 && compact[0] === '*') {
    from = compact.length - 4;
    if (!/^\*+$/.test(compact.slice(0, from))) return;
    masked = true;
  }
  const tail = compact.slice(from);
  if (!/^[0-9]{3}[0-9X]$/.test(tail)) return;
  let kind: NumberKind | null | undefined;
  for (const item of items) {
    if (item.tail !== tail) continue;
    kind ??= tailContext(text, token.offsets[from]!, token.offsets[compact.length - 1]! + 1, masked);
    if (kind === item.kind) out.push(mention(item, text, token, from, compact.length, 'partial', TAIL_SCORE[item.kind]));
  }
}

function matchFirstSix(text: string, token: Token, items: readonly NumberItem[], out: ProfileMention[]): void {
  for (const item of items) {
    if (item.kind !== 'id' || !item.digits.startsWith(token.compact)) continue;
    const before = windowBefore(text, token.start);
    if (lastIndexOfAny(before, FIRST6_WORDS) >= 0 && lastIndexOfAny(before, ID_WORDS) >= 0) {
      out.push(mention(item, text, token, 0, 6, 'partial', FIRST6_SCORE));
    }
  }
}

function matchWhole(text: string, token: Token, items: readonly NumberItem[], out: ProfileMention[]): void {
  const { compact } = token;
  for (const item of items) {
    for (const form of [item.digits, ...item.aliases]) {
      let at = compact.indexOf(form);
      while (at >= 0) {
        if (standsAlone(token, at, at + form.length, item.kind)) out.push(mention(item, text, token, at, at + form.length, 'exact', 1));
        at = compact.indexOf(form, at + 1);
      }
    }
  }
}

function groupBounds(token: Token): [number, number][] {
  const bounds: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= token.compact.length; i++) {
    if (i === token.compact.length || token.groupStart[i]) {
      bounds.push([from, i]);
      from = i;
    }
  }
  return bounds;
}

function matchMasked(text: string, token: Token, items: readonly NumberItem[], out: ProfileMention[]): void {
  // The whole token first (6222 **** **** 8848), then each group on its own (139****5678 2025).
  const spans: [number, number][] = [[0, token.compact.length]];
  const groups = groupBounds(token);
  if (groups.length > 1) spans.push(...groups);
  for (const item of items) {
    if (item.kind === 'other') continue;
    for (const [from, to] of spans) {
      const score = maskedScore(token.compact.slice(from, to), item.digits);
      if (score > 0) {
        out.push(mention(item, text, token, from, to, 'masked', score));
        break;
      }
    }
  }
}

/** Appends the mentions of number items found in the text. */
export function matchNumbers(text: string, items: readonly NumberItem[], out: ProfileMention[]): void {
  if (items.length === 0) return;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length < 4) continue;
    const token = readToken(raw, m.index);
    const { compact } = token;
    if (compact.length < 4) continue;
    const masked = MASK.test(raw) || /X(?!$)/.test(compact);
    if (masked) matchMasked(text, token, items, out);
    else if (compact.length >= 7) matchWhole(text, token, items, out);
    if (compact.length === 4 || (compact[0] === '*' && compact.length > 4)) matchTail(text, token, items, out);
    else if (compact.length === 6 && !masked) matchFirstSix(text, token, items, out);
  }
}

