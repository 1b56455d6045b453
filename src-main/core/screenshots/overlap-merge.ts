// SPDX-License-Identifier: MIT
// A long conversation is captured as several screenshots, each scrolled a little further, so the
// bottom of one shot shows the same bubbles as the top of the next. Those bubbles must be stored
// once. OCR reads the same bubble slightly differently in two shots, and a bubble cut by the
// screen's edge is only part of itself, so bubbles are compared fuzzily, and only at the seam
// between neighbouring shots: the same text elsewhere (a code texted twice) is a second message.
import { distance } from 'fastest-levenshtein';
import type { ScreenDirection } from '../model/screenshot';
import { instantOfIso } from './review-time';

export interface MergeableMessage {
  text: string;
  direction: ScreenDirection;
  time: string | null;
  confidence: number;
  recognized_text: string;
  /** OCR saw the bubble run off the screen's edge. */
  partial?: boolean;
}

/** A bubble's place: which shot (index into the input), and its position in that shot's list. */
export interface Appearance {
  shot: number;
  index: number;
}

export interface MergedMessage<M extends MergeableMessage> {
  /** The reading kept: the fuller one when a copy was cut by the screen's edge. */
  message: M;
  kept: Appearance;
  /** Every shot the bubble was seen in, in shot order; the first is where it is stored. */
  appearances: Appearance[];
  /** The reading whose time the message takes (the earliest shot that showed a separator above it), if any. */
  timed: M | null;
}

/** OCR of the same bubble in two shots differs by a character or two at most in this share of its length. */
const MIN_SIMILARITY = 0.85;
/** One bubble alone is evidence of an overlap only if it is this long (short replies like "好的" repeat). */
const LONG_SINGLE = 12;
/** A cut-off bubble shorter than this says too little to be matched to a whole one. */
const MIN_PARTIAL = 6;
/** How much longer or shorter than the cut reading the matching end of the whole one may be. */
const EDGE_SLACK = 3;

type PairMatch = 'same' | 'partial' | null;

/** Text as compared: full-width forms folded, case, spaces, punctuation and symbols dropped (OCR confuses "，" and ","). */
export function comparableText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function textSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/** How well `part` matches the start or the end of `whole`, allowing a few characters' slack. */
function edgeSimilarity(part: string, whole: string, side: 'start' | 'end'): number {
  let best = 0;
  const lo = Math.max(1, part.length - EDGE_SLACK);
  const hi = Math.min(whole.length, part.length + EDGE_SLACK);
  for (let len = lo; len <= hi; len++) {
    const segment = side === 'start' ? whole.slice(0, len) : whole.slice(whole.length - len);
    best = Math.max(best, textSimilarity(part, segment));
  }
  return best;
}

/** Two known times that differ mean two different bubbles, however alike their text. */
function timesConflict(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = instantOfIso(a, 'UTC');
  const y = instantOfIso(b, 'UTC');
  return x !== null && y !== null && x !== y;
}

/**
 * Whether bubble `a` of the earlier shot and `b` of the later one are the same bubble. `a` may be
 * cut at the bottom edge only if it is the earlier shot's last bubble, `b` at the top only if it
 * is the later shot's first.
 */
function matchPair(a: MergeableMessage, b: MergeableMessage, aAtBottom: boolean, bAtTop: boolean): PairMatch {
  if (a.direction !== b.direction || timesConflict(a.time, b.time)) return null;
  const x = comparableText(a.text);
  const y = comparableText(b.text);
  if (x.length === 0 || y.length === 0) return null;
  if (textSimilarity(x, y) >= MIN_SIMILARITY) return 'same';
  // A bubble cut at the top shows its last lines; one cut at the bottom its first lines.
  if (bAtTop && y.length >= MIN_PARTIAL && y.length < x.length && edgeSimilarity(y, x, 'end') >= MIN_SIMILARITY) return 'partial';
  if (aAtBottom && x.length >= MIN_PARTIAL && x.length < y.length && edgeSimilarity(x, y, 'start') >= MIN_SIMILARITY) return 'partial';
  return null;
}

/** The longest run at the end of `earlier` that the start of `later` repeats, with how each pair matched. */
function findOverlap(earlier: readonly MergeableMessage[], later: readonly MergeableMessage[]): PairMatch[] {
  for (let k = Math.min(earlier.length, later.length); k >= 1; k--) {
    const matches: PairMatch[] = [];
    for (let i = 0; i < k; i++) {
      const match = matchPair(earlier[earlier.length - k + i]!, later[i]!, i === k - 1, i === 0);
      if (match === null) break;
      matches.push(match);
    }
    if (matches.length < k) continue;
    if (k === 1) {
      const longest = Math.max(comparableText(earlier[earlier.length - 1]!.text).length, comparableText(later[0]!.text).length);
      if (longest < LONG_SINGLE) continue;
    }
    return matches;
  }
  return [];
}

/**
 * Whether reading `b` should replace the kept reading `a` of the same bubble. A cut-off copy loses
 * to the whole one (by OCR's edge flag, else by length); otherwise the one the user corrected, then the fuller, then the surer reading.
 */
function prefer(a: MergeableMessage, b: MergeableMessage, partial: boolean): boolean {
  if ((a.partial ?? false) !== (b.partial ?? false)) return a.partial ?? false;
  const la = comparableText(a.text).length;
  const lb = comparableText(b.text).length;
  if (partial) return lb > la;
  const ca = a.text !== a.recognized_text;
  const cb = b.text !== b.recognized_text;
  if (ca !== cb) return cb;
  if (la !== lb) return lb > la;
  return b.confidence > a.confidence;
}

interface Entry<M extends MergeableMessage> {
  message: M;
  kept: Appearance;
  appearances: Appearance[];
  readings: M[];
}

/**
 * Each bubble of one conversation once, in conversation order, given its screenshots in the order
 * they were scrolled through. Only neighbouring shots are compared (a shot with no bubbles is passed
 * over), and only at their seam.
 */
export function mergeOverlaps<M extends MergeableMessage>(shots: readonly (readonly M[])[]): MergedMessage<M>[] {
  const out: Entry<M>[] = [];
  let previous: readonly M[] = [];
  let previousEntries: number[] = [];
  shots.forEach((messages, shot) => {
    if (messages.length === 0) return;
    const overlap = findOverlap(previous, messages);
    const mine: number[] = [];
    messages.forEach((message, index) => {
      const here = { shot, index };
      if (index < overlap.length) {
        const at = previousEntries[previousEntries.length - overlap.length + index]!;
        const entry = out[at]!;
        entry.appearances.push(here);
        entry.readings.push(message);
        if (prefer(entry.message, message, overlap[index] === 'partial')) {
          entry.message = message;
          entry.kept = here;
        }
        mine.push(at);
      } else {
        mine.push(out.length);
        out.push({ message, kept: here, appearances: [here], readings: [message] });
      }
    });
    previous = messages;
    previousEntries = mine;
  });
  return out.map(({ message, kept, appearances, readings }) => ({
    message,
    kept,
    appearances,
    timed: message.time !== null ? message : (readings.find((r) => r.time !== null) ?? null),
  }));
}
