// SPDX-License-Identifier: MIT
// A message's template: the text with what changes from one send to the next masked out (names
// and forms of address, numbers, amounts, dates, links), summarised as a 64-bit SimHash over
// character 3-grams. Rotating collectors send one script with the debtor, the days overdue and
// the link token filled in; after masking their texts hash within a few bits of each other.
import type { PiiFinding } from '../model/analysis';
import type { LinkSpan } from './message-links';

/** Below this many characters after masking, unrelated texts share templates by chance. */
export const MIN_TEMPLATE_LENGTH = 20;

// One character per masked slot, so that a slot weighs in the 3-grams like any other character.
const NAME = '\u2460';
const AMOUNT = '\u2461';
const DATE = '\u2462';
const NUMBER = '\u2463';
const PLACE = '\u2464';
const LINK = '\u2465';

const PLACEHOLDER: Partial<Record<PiiFinding['type'], string>> = {
  name: NAME,
  masked_name: NAME,
  amount: AMOUNT,
  date: DATE,
  mobile: NUMBER,
  landline: NUMBER,
  bank_card: NUMBER,
  card_tail: NUMBER,
  resident_id: NUMBER,
  resident_id_masked: NUMBER,
  resident_id_tail: NUMBER,
  qq: NUMBER,
  wechat: NUMBER,
  email: NUMBER,
  plate: NUMBER,
  address: PLACE,
};

// A surname with a form of address (林先生, 王女士) is the debtor's name in the script's slot.
const ADDRESS_FORM = /[\u4e00-\u9fff](?:先生|女士|小姐)/g;
const DIGITS = /\d+(?:[.,:：]\d+)*/g;
const SPACE = /\s+/g;
// The salutation ("林晓峰先生，", "您好林晓峰，") varies with the sender's habits more than the
// script does; the template starts after it.
const SALUTATION = new RegExp(`^(?:【[^】]*】)?(?:尊敬的|亲爱的|您好|你好)?[，,]?${NAME}(?:先生|女士|小姐|同学)?(?:您好|你好)?[，,：:！!]`);

/** The template as hashed: variable parts replaced by one-character slots, salutation dropped. */
export function maskTemplate(text: string, findings: readonly PiiFinding[], links: readonly LinkSpan[]): string {
  const spans: { start: number; end: number; mark: string }[] = [];
  for (const f of findings) {
    const mark = PLACEHOLDER[f.type];
    if (mark && f.end <= text.length) spans.push({ start: f.start, end: f.end, mark });
  }
  for (const l of links) spans.push({ start: l.start, end: l.end, mark: LINK });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.mark;
    at = s.end;
  }
  out += text.slice(at);
  const masked = out.replace(ADDRESS_FORM, NAME).replace(DIGITS, '#').replace(SPACE, '');
  const signature = /^【[^】]*】/.exec(masked)?.[0] ?? '';
  return masked.replace(SALUTATION, signature);
}

const SLOT_NAMES: Record<string, string> = { [NAME]: '〔姓名〕', [AMOUNT]: '〔金额〕', [DATE]: '〔日期〕', [NUMBER]: '〔号码〕', [PLACE]: '〔地址〕', [LINK]: '〔链接〕' };
const SLOTS = /[\u2460-\u2465]/g;

/** The template as shown to the user, with the slots named. */
export function displayTemplate(masked: string): string {
  return masked.replace(SLOTS, (slot) => SLOT_NAMES[slot] ?? slot);
}

// Two independent 32-bit mixes of a 3-gram's code units give the 64 bits.
function mix(a: number, b: number, c: number, seed: number): number {
  let h = seed ^ Math.imul(a, 0xcc9e2d51);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h ^= Math.imul(b, 0x1b873593);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h ^= Math.imul(c, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const counts = new Int32Array(64);

/** SimHash over character 3-grams, as 16 hex digits (high word first). */
export function simHash64(text: string): string {
  counts.fill(0);
  const n = text.length;
  if (n < 3) return '0000000000000000';
  for (let i = 0; i + 2 < n; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const hi = mix(a, b, c, 0x9747b28c);
    const lo = mix(a, b, c, 0x5bd1e995);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += ((hi >>> bit) & 1) * 2 - 1;
      counts[32 + bit]! += ((lo >>> bit) & 1) * 2 - 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) hi |= 1 << bit;
    if (counts[32 + bit]! > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bits in which two hashes (as split by splitHash) differ. */
export function hammingDistance(aHi: number, aLo: number, bHi: number, bLo: number): number {
  return popcount32((aHi ^ bHi) >>> 0) + popcount32((aLo ^ bLo) >>> 0);
}

export function splitHash(hex: string): [number, number] {
  return [parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8, 16), 16)];
}
