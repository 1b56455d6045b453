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
/** What tesseract makes of a bubble's edge or tail: a lone stroke standing as a word of its own. */
const NOISE_WORD = /^[_|~]+$/;

function joinGlyphs(lines: Glyph[][]): Glyph[] {
  const out: Glyph[] = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    const before = out.at(-1)?.ch ?? '';
    if (out.length > 0 && LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(line[0]!.ch[0] ?? '')) out.push({ ch: ' ', conf: 100 });
    out.push(...line);
  }
  return out;
}

function lineGlyphs(blocks: readonly Block[]): Glyph[][] {
  const lines: Glyph[][] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const glyphs: Glyph[] = [];
        for (const word of line.words) {
          if (NOISE_WORD.test(word.text)) continue;
          if (glyphs.length > 0) glyphs.push({ ch: ' ', conf: 100 });
          if (word.symbols.length > 0) for (const s of word.symbols) glyphs.push({ ch: s.text, conf: s.confidence });
          else glyphs.push({ ch: word.text, conf: word.confidence });
        }
        lines.push(glyphs);
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

const HAN_GAP = /(?<=\p{Script=Han}|[，。：；！？、（）【】])\s+(?=\p{Script=Han}|[，。：；！？、（）【】])/gu;

/**
 * Labels on the background (a separator like "昨天 09:41", a header) keep the space an app puts
 * between words and numbers, so only the gaps between CJK characters go; bubble text gets the
 * full clean-up of joinCjkSpaces.
 */
function cleanSpacing(raw: string, kind: 'message' | 'label'): string {
  return kind === 'message' ? joinCjkSpaces(raw) : raw.replace(HAN_GAP, '').replace(/\s+/g, ' ');
}

export function recognizedText(blocks: readonly Block[] | null, kind: 'message' | 'label' = 'message'): RecognizedText {
  const glyphs = joinGlyphs(lineGlyphs(blocks ?? []));
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
