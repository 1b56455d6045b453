// SPDX-License-Identifier: MIT
// Invisible and direction-changing characters made visible in text from other people's phones. A
// right-to-left override (U+202E) after `+86 138` makes `gnp.exe` read as `exe.png`, and a zero-width
// space (U+200B) makes `955`+`88` look like the bank's 95588 while being another sender. Each
// such character becomes a marker, `⟨U+202E⟩`: its code point reads the same in Chinese and English,
// in print, and can be looked up. Markers come as their own segments, so that the page can style
// them and the report can escape them. The stored text is never changed; CSV and JSONL keep it raw.

/**
 * `name`: sender names and addresses, where every such character is marked, line breaks included.
 * `body`: message text, which keeps its line breaks and tabs but marks everything else.
 */
export type VisibleMode = 'name' | 'body';

/** Why a character is marked, for the tooltip: it reorders text, hides, or is a control code. */
export type MarkerGroup = 'bidi' | 'invisible' | 'control';

export interface TextSegment {
  kind: 'text';
  text: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

export interface MarkerSegment {
  kind: 'marker';
  /** What to show instead of the character: `⟨U+202E⟩`. */
  text: string;
  /** `U+202E`. */
  codePoint: string;
  /** The Unicode abbreviation where the character has a well-known one (`RLO`, `ZWSP`), else null. */
  name: string | null;
  group: MarkerGroup;
  start: number;
  end: number;
}

export type VisibleSegment = TextSegment | MarkerSegment;

// Controls (C0, C1, DEL), format characters (bidi controls, zero-width ones, soft hyphen, tags),
// lone surrogates, line and paragraph separators, and the rest of Unicode's default-ignorable set
// (Hangul fillers, variation selectors), which fonts draw as nothing.
const CANDIDATE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const BIDI_CONTROL = /^\p{Bidi_Control}$/u;
const CONTROL = /^[\p{Cc}\p{Cs}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const IDEOGRAPH = /^\p{Ideographic}$/u;

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, 'NUL'], [0x09, 'TAB'], [0x0a, 'LF'], [0x0d, 'CR'], [0x1b, 'ESC'], [0x7f, 'DEL'], [0x85, 'NEL'],
  [0xad, 'SHY'], [0x061c, 'ALM'], [0x180e, 'MVS'],
  [0x200b, 'ZWSP'], [0x200c, 'ZWNJ'], [0x200d, 'ZWJ'], [0x200e, 'LRM'], [0x200f, 'RLM'],
  [0x2028, 'LSEP'], [0x2029, 'PSEP'],
  [0x202a, 'LRE'], [0x202b, 'RLE'], [0x202c, 'PDF'], [0x202d, 'LRO'], [0x202e, 'RLO'],
  [0x2060, 'WJ'], [0x2066, 'LRI'], [0x2067, 'RLI'], [0x2068, 'FSI'], [0x2069, 'PDI'], [0xfeff, 'ZWNBSP'],
]);

const ZWJ = 0x200d;
const KEYCAP = 0x20e3;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

/**
 * The text between `start` and `end` (UTF-16 offsets on code-point boundaries; default: all of it)
 * as runs of text and markers. Whether a character is marked may depend on its neighbours outside
 * the range, so a highlighted slice of a body marks exactly what the whole body would.
 */
export function visibleSegments(text: string, mode: VisibleMode, start = 0, end = text.length): VisibleSegment[] {
  const from = Math.max(0, Math.min(text.length, start));
  const to = Math.max(from, Math.min(text.length, end));
  const segments: VisibleSegment[] = [];
  let at = from;
  CANDIDATE.lastIndex = from;
  for (let match = CANDIDATE.exec(text); match !== null && match.index < to; match = CANDIDATE.exec(text)) {
    const index = match.index;
    const char = match[0];
    const code = char.codePointAt(0)!;
    if (isKept(text, index, code, mode)) continue;
    if (index > at) segments.push({ kind: 'text', text: text.slice(at, index), start: at, end: index });
    segments.push(marker(char, code, index));
    at = index + char.length;
  }
  if (at < to) segments.push({ kind: 'text', text: text.slice(at, to), start: at, end: to });
  return segments;
}

/** The text with its markers inline, for places that take a plain string (tooltips, input fields, SVG). */
export function visibleString(text: string, mode: VisibleMode): string {
  return visibleSegments(text, mode)
    .map((segment) => segment.text)
    .join('');
}

function marker(char: string, code: number, index: number): MarkerSegment {
  const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const group: MarkerGroup = BIDI_CONTROL.test(char) ? 'bidi' : CONTROL.test(char) ? 'control' : 'invisible';
  return { kind: 'marker', text: `⟨${codePoint}⟩`, codePoint, name: NAMES.get(code) ?? null, group, start: index, end: index + char.length };
}

/** Characters that are part of ordinary writing where they stand: line breaks in a body, emoji sequences. */
function isKept(text: string, index: number, code: number, mode: VisibleMode): boolean {
  if (mode === 'body' && (code === 0x0a || code === 0x09)) return true;
  if (mode === 'body' && code === 0x0d) return text.charCodeAt(index + 1) === 0x0a;
  if (code === ZWJ) return joinsEmoji(text, index);
  if (isVariationSelector(code)) return selectsVariant(text, index);
  if (code >= 0xe0020 && code <= CANCEL_TAG) return inFlagTags(text, index);
  return false;
}

function isVariationSelector(code: number): boolean {
  return (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
}

function codePointBefore(text: string, index: number): { code: number; at: number } | null {
  if (index <= 0) return null;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const at = pair ? index - 2 : index - 1;
  return { code: text.codePointAt(at)!, at };
}

const isPictograph = (code: number | undefined) => code !== undefined && PICTOGRAPH.test(String.fromCodePoint(code));

/** A ZWJ between two pictographs (woman, ZWJ, girl): each may carry a skin tone or an emoji presentation selector. */
function joinsEmoji(text: string, index: number): boolean {
  let before = codePointBefore(text, index);
  while (before && (before.code === 0xfe0f || (before.code >= 0x1f3fb && before.code <= 0x1f3ff))) before = codePointBefore(text, before.at);
  return before !== null && isPictograph(before.code) && isPictograph(text.codePointAt(index + 1));
}

/** A variation selector after an emoji or a Han character (a glyph variant), or in a keycap (1️⃣). */
function selectsVariant(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  if (!before) return false;
  const base = String.fromCodePoint(before.code);
  if (PICTOGRAPH.test(base) || IDEOGRAPH.test(base)) return true;
  const width = text.codePointAt(index)! > 0xffff ? 2 : 1;
  return /^[0-9#*]$/.test(base) && text.codePointAt(index + width) === KEYCAP;
}

/** Tag characters spelling a subdivision flag (🏴 + tags + cancel tag), the one use outside hidden text. */
function inFlagTags(text: string, index: number): boolean {
  let start = index;
  while (start >= 2 && isTag(text.codePointAt(start - 2))) start -= 2;
  if (codePointBefore(text, start)?.code !== BLACK_FLAG) return false;
  let end = index;
  while (isTag(text.codePointAt(end)) && text.codePointAt(end) !== CANCEL_TAG) end += 2;
  return text.codePointAt(end) === CANCEL_TAG && end > start;
}

function isTag(code: number | undefined): boolean {
  return code !== undefined && code >= 0xe0020 && code <= CANCEL_TAG;
}
