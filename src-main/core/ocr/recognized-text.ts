// SPDX-License-Identifier: MIT
// Turns tesseract's block tree for one region into the message text, its confidence and the spans
// read with low confidence. Lines inside a bubble are soft wraps, so they are joined without a
// break (with a space only between two Latin or digit runs), and the spaces tesseract puts
// between CJK characters are removed while each character keeps its own confidence.
import type { Block } from 'tesseract.js';
import type { TextSpan } from '../model/screenshot';
import { joinCjkSpaces } from './cjk-spacing';

/** Below this (tesseract's 0–100 symbol confidence) a character is marked for the user to check. */
const LOW_SYMBOL_CONFIDENCE = 70;

export interface RecognizedText {
  text: string;
  /** 0..1: the mean confidence of the characters. */
  confidence: number;
  lowConfidence: TextSpan[];
}

interface Glyph {
  ch: string;
  conf: number;
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\d]$/u;
const HAN = /\p{Script=Han}/u;
/** What tesseract makes of a bubble's edge or tail: a lone stroke standing as a word of its own. */
const NOISE_WORD = /^[_|~]+$/;

function joinGlyphs(lines: readonly Glyph[][]): Glyph[] {
  const out: Glyph[] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    const before = out.at(-1)?.ch ?? '';
    if (out.length > 0 && LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(line[0]!.ch[0] ?? '')) out.push({ ch: ' ', conf: 100 });
    out.push(...line);
  }
  return out;
}

interface GlyphLine {
  glyphs: Glyph[];
  /** The line's height in the recognised image's pixels. */
  height: number;
  /** The line's vertical centre in the recognised image's pixels. */
  middle: number;
}

/**
 * Words joined with a space. For a label, tesseract's word breaks between CJK characters mean
 * nothing, so there a space is kept only where the picture shows a gap: "昨天 09:41" keeps its
 * space and "昨 天" loses it; between two Chinese characters only a wide gap counts
 * ("4月1日 下午"), since narrow glyphs leave wide margins.
 */
function lineGlyphs(blocks: readonly Block[], kind: 'message' | 'label'): GlyphLine[] {
  const lines: GlyphLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const glyphs: Glyph[] = [];
        const height = Math.max(1, line.bbox.y1 - line.bbox.y0);
        let previousEnd: number | null = null;
        for (const word of line.words) {
          if (NOISE_WORD.test(word.text)) continue;
          if (glyphs.length > 0) {
            const latin = LATIN_OR_DIGIT.test(glyphs.at(-1)!.ch) && LATIN_OR_DIGIT.test(word.text[0] ?? '');
            const gap = previousEnd === null ? 0 : word.bbox.x0 - previousEnd;
            // Ink boxes of narrow glyphs (下, 一) stand far apart without a space between them.
            const han = HAN.test(glyphs.at(-1)!.ch) && HAN.test(word.text[0] ?? '');
            if (kind === 'message' || latin || gap >= height * (han ? 0.6 : 0.3)) glyphs.push({ ch: ' ', conf: 100 });
          }
          if (word.symbols.length > 0) for (const s of word.symbols) glyphs.push({ ch: s.text, conf: s.confidence });
          else glyphs.push({ ch: word.text, conf: word.confidence });
          previousEnd = word.bbox.x1;
        }
        lines.push({ glyphs, height, middle: (line.bbox.y0 + line.bbox.y1) / 2 });
      }
    }
  }
  return lines;
}

/** Maps each kept character of `raw` to `cleaned`; only whitespace was removed in between. */
function keptConfidences(glyphs: readonly Glyph[], cleaned: string): number[] {
  const confs: number[] = [];
  let j = 0;
  for (const g of glyphs) {
    for (const ch of g.ch) {
      if (j < cleaned.length && cleaned.startsWith(ch, j)) {
        for (let k = 0; k < ch.length; k++) confs.push(g.conf);
        j += ch.length;
      }
    }
  }
  while (confs.length < cleaned.length) confs.push(100);
  return confs;
}

function lowSpans(confs: readonly number[], text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = -1;
  for (let i = 0; i <= confs.length; i++) {
    const low = i < confs.length && confs[i]! < LOW_SYMBOL_CONFIDENCE && !/\s/.test(text[i]!);
    if (low && start < 0) start = i;
    if (!low && start >= 0) {
      spans.push([start, i]);
      start = -1;
    }
  }
  return spans;
}

/** Bubble text gets the full clean-up of joinCjkSpaces; a label's spaces were decided by its gaps. */
function cleanSpacing(raw: string, kind: 'message' | 'label'): string {
  return kind === 'message' ? joinCjkSpaces(raw) : raw.replace(/\s+/g, ' ');
}

function textOf(glyphs: readonly Glyph[], kind: 'message' | 'label'): RecognizedText {
  const raw = glyphs.map((g) => g.ch).join('');
  const cleaned = cleanSpacing(raw, kind);
  const text = cleaned.trim();
  if (text.length === 0) return { text: '', confidence: 0, lowConfidence: [] };
  const lead = cleaned.indexOf(text);
  const confs = keptConfidences(glyphs, cleaned).slice(lead, lead + text.length);
  const visible = confs.filter((_, i) => !/\s/.test(text[i]!));
  const confidence = visible.reduce((a, b) => a + b, 0) / Math.max(1, visible.length) / 100;
  return { text, confidence: Math.min(1, Math.max(0, confidence)), lowConfidence: lowSpans(confs, text) };
}

/** A whole region as one text: a bubble's wrapped lines, or a one-line label. */
export function recognizedText(blocks: readonly Block[] | null, kind: 'message' | 'label' = 'message'): RecognizedText {
  return textOf(joinGlyphs(lineGlyphs(blocks ?? [], kind).map((l) => l.glyphs)), kind);
}

export type RecognizedLine = RecognizedText & { height: number; middle: number };

/** Each line of a label region apart (a header's name above its "手机" subtitle), with its height and place. */
export function recognizedLines(blocks: readonly Block[] | null): RecognizedLine[] {
  return lineGlyphs(blocks ?? [], 'label')
    .map((line) => ({ ...textOf(line.glyphs, 'label'), height: line.height, middle: line.middle }))
    .filter((line) => line.text.length > 0);
}

/**
 * Lines grouped by the stacked crop they lie in (see region-sheet.ts): for each span of rows, its
 * lines apart (labels) and its lines joined into one text (bubbles).
 */
export function recognizedBySpan(
  blocks: readonly Block[] | null,
  spans: readonly { top: number; bottom: number }[],
  kind: 'message' | 'label',
): { lines: RecognizedLine[]; text: RecognizedText }[] {
  const groups: GlyphLine[][] = spans.map(() => []);
  for (const line of lineGlyphs(blocks ?? [], kind)) {
    const index = spans.findIndex((s) => line.middle >= s.top && line.middle < s.bottom);
    if (index >= 0) groups[index]!.push(line);
  }
  return groups.map((lines) => ({
    lines: lines.map((l) => ({ ...textOf(l.glyphs, kind), height: l.height, middle: l.middle })).filter((l) => l.text.length > 0),
    text: textOf(joinGlyphs(lines.map((l) => l.glyphs)), kind),
  }));
}
