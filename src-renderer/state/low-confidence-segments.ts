// SPDX-License-Identifier: MIT
// Cuts a recognised message into runs the engine read with and without confidence, so that the
// review can mark doubtful characters while rendering the text as text. The spans come from the OCR
// job: they are clamped, sorted and merged here, and never split a surrogate pair.
import type { TextSpan } from '../../src-main/ipc/contract';

export interface ConfidenceRun {
  text: string;
  doubtful: boolean;
}

function isSurrogatePairAt(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function clamp(text: string, offset: number, towardsEnd: boolean): number {
  const inside = Math.min(text.length, Math.max(0, Math.trunc(offset)));
  if (!isSurrogatePairAt(text, inside)) return inside;
  return towardsEnd ? inside + 1 : inside - 1;
}

/** The text as alternating runs; doubtful runs are the union of the spans. */
export function confidenceRuns(text: string, spans: readonly TextSpan[]): ConfidenceRun[] {
  const ranges = spans
    .map(([start, end]) => [clamp(text, start, false), clamp(text, end, true)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const runs: ConfidenceRun[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) runs.push({ text: text.slice(at, from), doubtful: false });
    const last = runs[runs.length - 1];
    if (from === at && last?.doubtful) last.text += text.slice(from, end);
    else runs.push({ text: text.slice(from, end), doubtful: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), doubtful: false });
  return runs;
}
