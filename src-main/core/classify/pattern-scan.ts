// SPDX-License-Identifier: MIT
// The one loop every lexicon goes through: find each match of a global regex in the text and
// report its span as a signal. Kept in one place so that lexicons stay plain regexes while the
// scanning underneath (rule-engine.ts) finds the same matches without running ~30 large
// alternations over every message.
import type { SignalCode } from '../model/analysis';
import { ruleEngine } from './rule-engine';
import type { SignalSink } from './signal-sink';

export interface LexiconRule {
  code: SignalCode;
  /** Must carry the `g` flag; matches are reported whole. */
  re: RegExp;
}

/**
 * Adds one signal per match (at most `limit`) and returns how many matched: leftmost first,
 * non-overlapping, exactly as repeated `re.exec` would find them.
 */
export function scanInto(sink: SignalSink, code: SignalCode, re: RegExp, text: string, limit = 4): number {
  return ruleEngine.scanRegex(sink, code, re, text, limit);
}

export function scanRules(sink: SignalSink, rules: readonly LexiconRule[], text: string): void {
  ruleEngine.scanList(sink, rules, text, 4);
}

/** Builds a global, case-insensitive alternation from word lists, longest first. */
export function alternation(words: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(words.slice().sort((a, b) => b.length - a.length).join('|'), flags);
}
