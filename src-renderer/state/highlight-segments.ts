// SPDX-License-Identifier: MIT
// Cuts a message body into runs of text, each marked with the spans (signals, personal details,
// profile mentions) that cover it, so that the page can highlight evidence while still rendering
// the body as plain text. Spans overlap freely and come from another process: they are clamped to
// the text and never allowed to split a surrogate pair, which would draw a broken character.
import type { MessageAnalysis } from '../../src-main/ipc/contract';

export type SpanKind = 'signal' | 'pii' | 'mention';

export interface MarkedSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** Stable within one message: `signal:2`, `pii:0`, `mention:1` (the index in the analysis). */
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Kinds covering this run, in the order signal, pii, mention; empty for plain text. */
  kinds: SpanKind[];
  keys: string[];
}

const KIND_ORDER: Record<SpanKind, number> = { signal: 0, pii: 1, mention: 2 };

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset that falls between the halves of a surrogate pair to the pair's start (or end). */
function snap(text: string, offset: number, towardsEnd: boolean): number {
  if (offset <= 0 || offset >= text.length) return offset;
  if (isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1))) return towardsEnd ? offset + 1 : offset - 1;
  return offset;
}

/** The spans of an analysis that point into the text; sender-based signals (null offsets) are left out. */
export function spansOfAnalysis(analysis: MessageAnalysis | null): MarkedSpan[] {
  if (!analysis) return [];
  const spans: MarkedSpan[] = [];
  analysis.signals.forEach((signal, i) => {
    if (signal.start !== null && signal.end !== null) spans.push({ start: signal.start, end: signal.end, kind: 'signal', key: `signal:${i}` });
  });
  analysis.pii.forEach((finding, i) => spans.push({ start: finding.start, end: finding.end, kind: 'pii', key: `pii:${i}` }));
  analysis.mentions.forEach((mention, i) => spans.push({ start: mention.start, end: mention.end, kind: 'mention', key: `mention:${i}` }));
  return spans;
}

export function highlightSegments(text: string, spans: readonly MarkedSpan[]): Segment[] {
  const length = text.length;
  const usable: MarkedSpan[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = snap(text, Math.max(0, Math.min(length, Math.trunc(span.start))), false);
    const end = snap(text, Math.max(0, Math.min(length, Math.trunc(span.end))), true);
    if (end > start) usable.push({ ...span, start, end });
  }
  if (length === 0) return [];
  if (usable.length === 0) return [{ start: 0, end: length, text, kinds: [], keys: [] }];

  const cuts = new Set<number>([0, length]);
  for (const span of usable) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = usable
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key));
    const kinds = [...new Set(covering.map((span) => span.kind))];
    const keys = covering.map((span) => span.key);
    const previous = segments[segments.length - 1];
    if (previous && previous.keys.join('|') === keys.join('|')) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), kinds, keys });
    }
  }
  return segments;
}
