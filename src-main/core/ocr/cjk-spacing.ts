// SPDX-License-Identifier: MIT
// Tesseract's Chinese model separates characters with spaces ("您 的 借 款 已 逾 期 3 5 天"), which
// breaks every later step (the classifier's lexicons, PII patterns, search). Printed Chinese has no
// spaces between characters, nor between a number and its unit, nor next to full-width punctuation,
// so those spaces are removed. Spaces that carry meaning stay: inside English text and URLs
// ("https://t.cn/A6x Q2b" may be two tokens; guessing would corrupt a link), in digit groups
// printed with spaces (card and phone numbers), and one space between a Latin word and a Chinese
// one ("点击 https://t.cn/x 查询", "iPhone 手机"), because mixed-script SMS are printed both ways
// and keeping the gap never merges two words into one.

/** Han, kana and bopomofo, plus full-width letters and digits: characters printed without spaces. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3005\u3007\u30fc\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
/** CJK and full-width punctuation and symbols; their glyphs carry their own spacing. */
const WIDE_PUNCT = /[\u3001-\u3004\u3006\u3008-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffee]/u;
/** Punctuation both scripts use (curly quotes, ellipsis, dashes, middle dots): it sides with its neighbour. */
const SHARED_PUNCT = /[\u00b7\u2014\u2015\u2018\u2019\u201c\u201d\u2022\u2026\u2027]/u;
const DIGIT = /[0-9]/;
/** Letters of the scripts that separate words with spaces. */
const SPACED_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
/** ASCII punctuation tesseract often reads in place of the full-width one after a Chinese character. */
const ASCII_SENTENCE_PUNCT = /[,.!?;:)\]]/;
const ASCII_OPENING = /[([]/;
/** A decimal point or clock colon: never spaced in print. */
const NUMBER_JOINER = /[.:]/;

/** Whitespace other than line breaks; tesseract emits runs of spaces, sometimes tabs. */
const SPACE_RUN = /[^\S\r\n\u2028\u2029]+/g;
const LINE_BREAK = /(\r\n|\n|\r|\u2028|\u2029)/;
/** Digit groups separated by single spaces ("3 5", "6222 0212 3456 7890"). */
const DIGIT_CHAIN = /\d+(?: \d+)+/g;

type CharClass = 'wide' | 'wide-punct' | 'shared-punct' | 'digit' | 'other';

function classOf(c: string): CharClass {
  if (c === '') return 'other';
  if (DIGIT.test(c)) return 'digit';
  if (WIDE.test(c)) return 'wide';
  if (WIDE_PUNCT.test(c)) return 'wide-punct';
  if (SHARED_PUNCT.test(c)) return 'shared-punct';
  return 'other';
}

const isChineseSide = (cls: CharClass) => cls === 'wide' || cls === 'wide-punct' || cls === 'shared-punct';

/** The code point ending just before `i` (a surrogate pair counts as one). */
function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function tokenEndingAt(s: string, end: number): string {
  const start = s.lastIndexOf(' ', end - 1) + 1;
  return s.slice(start, end);
}

function tokenStartingAt(s: string, start: number): string {
  const end = s.indexOf(' ', start);
  return s.slice(start, end === -1 ? s.length : end);
}

/**
 * The first character outward from a digit chain that says which script it sits in: spaces and
 * ASCII punctuation are skipped, since OCR reads "验证码：1 2 3 4" as "验证码: 1 2 3 4".
 */
function contextClass(s: string, from: number, step: 1 | -1): CharClass {
  for (let i = from, seen = 0; i >= 0 && i < s.length && seen < 4; i += step, seen++) {
    const c = s[i]!;
    if (c === ' ' || /[!-/:-@[-`{-~]/.test(c)) continue;
    return classOf(step === 1 ? charAt(s, i) : charBefore(s, i + 1));
  }
  return 'other';
}

/**
 * Spaces inside digit chains that OCR put there. A chain with a lone digit in it ("3 5 天",
 * "验证码 1 2 3 4") was split by the recogniser, since no printed grouping has one-digit groups;
 * groups of two or more (cards, "138 0013 8000") are kept as printed. Only next to Chinese text:
 * in English "1 2 3" may well be a list.
 */
function chainSpacesToRemove(s: string, remove: Set<number>): void {
  for (const m of s.matchAll(DIGIT_CHAIN)) {
    const groups = m[0].split(' ');
    if (!groups.some((g) => g.length === 1)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!isChineseSide(contextClass(s, start - 1, -1)) && !isChineseSide(contextClass(s, end, 1))) continue;
    for (let i = m[0].indexOf(' '); i !== -1; i = m[0].indexOf(' ', i + 1)) remove.add(start + i);
  }
}

/** "iPhone 15", "RMB 500", "A8B9": a number that belongs to a Latin token keeps its space to Chinese. */
function numberBelongsToLatin(s: string, spaceAt: number, numberOnLeft: boolean): boolean {
  if (!numberOnLeft) return SPACED_LETTER.test(tokenStartingAt(s, spaceAt + 1));
  const token = tokenEndingAt(s, spaceAt);
  if (SPACED_LETTER.test(token)) return true;
  const before = token.length < spaceAt ? tokenEndingAt(s, spaceAt - token.length - 1) : '';
  return SPACED_LETTER.test(before.slice(-1));
}

/** A space next to a decimal point or clock colon between digits, in a line with Chinese in it. */
function splitsNumber(s: string, i: number, L: string, R: string): boolean {
  if (DIGIT.test(L) && NUMBER_JOINER.test(R)) return DIGIT.test(s[i + 2] === ' ' ? (s[i + 3] ?? '') : (s[i + 2] ?? ''));
  if (NUMBER_JOINER.test(L) && DIGIT.test(R)) return DIGIT.test(s[i - 2] === ' ' ? (s[i - 3] ?? '') : (s[i - 2] ?? ''));
  return false;
}

function removesSpace(s: string, i: number, hasWide: boolean): boolean {
  const L = charBefore(s, i);
  const R = charAt(s, i + 1);
  const left = classOf(L);
  const right = classOf(R);
  if (left === 'wide-punct' || right === 'wide-punct') return true;
  // A masking star belongs to the name or number it masks: "张 * 伟" is 张*伟, "139 ****5678" 139****5678.
  if (L === '*' && (right === 'wide' || right === 'digit' || R === '*')) return true;
  if (R === '*' && (left === 'wide' || left === 'digit' || L === '*')) return true;
  if (left === 'wide' && (right === 'wide' || right === 'shared-punct')) return true;
  if (left === 'shared-punct' && right === 'wide') return true;
  if (left === 'wide' && right === 'digit') return !numberBelongsToLatin(s, i, false);
  if (left === 'digit' && right === 'wide') return !numberBelongsToLatin(s, i, true);
  if (left === 'wide' && ASCII_SENTENCE_PUNCT.test(R)) return true;
  if (ASCII_OPENING.test(L) && right === 'wide') return true;
  // "还款! 谢谢", "是: 1234": ASCII punctuation right after a Chinese character is Chinese punctuation.
  if (ASCII_SENTENCE_PUNCT.test(L) && (right === 'wide' || right === 'digit') && classOf(charBefore(s, i - 1)) === 'wide') return true;
  return hasWide && splitsNumber(s, i, L, R);
}

function onePass(s: string): string {
  const remove = new Set<number>();
  chainSpacesToRemove(s, remove);
  const hasWide = WIDE.test(s);
  let out = '';
  let from = 0;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) {
    if (remove.has(i) || removesSpace(s, i, hasWide)) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * One line: runs of spaces become one, the ends are trimmed, then spaces are removed until none is
 * left to remove (removing one can bring a digit next to a Chinese character and decide the next).
 */
function joinLine(line: string): string {
  let current = line.replace(SPACE_RUN, ' ').trim();
  if (!current.includes(' ')) return current;
  for (;;) {
    const next = onePass(current);
    if (next === current) return current;
    current = next;
  }
}

/** OCR text with the spaces tesseract put between Chinese characters removed; line breaks kept. */
export function joinCjkSpaces(text: string): string {
  const parts = text.split(LINE_BREAK);
  // split with a capturing group puts the line breaks at odd indices.
  for (let i = 0; i < parts.length; i += 2) parts[i] = joinLine(parts[i]!);
  return parts.join('');
}
