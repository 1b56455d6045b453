// SPDX-License-Identifier: MIT
// The one loop every lexicon goes through: run a compiled global regex over the text and report
// each match's span as a signal. Kept in one place so that every lexicon is a single alternation
// scanned once, with no per-match allocation beyond the signal itself.
import type { SignalCode } from '../model/analysis';
import type { SignalSink } from './signal-sink';

export interface LexiconRule {
  code: SignalCode;
  /** Must carry the `g` flag; matches are reported whole. */
  re: RegExp;
}

/** Adds one signal per match (at most `limit`) and returns how many matched. */
export function scanInto(sink: SignalSink, code: SignalCode, re: RegExp, text: string, limit = 4): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    sink.add(code, m.index, m.index + m[0].length);
    n++;
  }
  re.lastIndex = 0;
  return n;
}

export function scanRules(sink: SignalSink, rules: readonly LexiconRule[], text: string): void {
  for (const rule of rules) scanInto(sink, rule.code, rule.re, text);
}

/** Builds a global, case-insensitive alternation from word lists, longest first. */
export function alternation(words: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(words.slice().sort((a, b) => b.length - a.length).join('|'), flags);
}
