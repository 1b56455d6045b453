// SPDX-License-Identifier: MIT
// One precompiled regex over every textual form of the profile (names, pinyin, masked names,
// address and employer parts), so a message is scanned once however many items the user tracks.
// A character-class pre-check rejects most messages before the alternation runs at all.
import type { MatchKind, ProfileMention } from '../model/analysis';

/** Decides, given the text around a hit, whether it counts and how far it reaches. */
export type NeedleCheck = (text: string, start: number, end: number) => { end: number; score: number } | null;

export interface TextNeedle {
  /** Regex source; needles with the same source share one alternative. */
  source: string;
  /** Characters a hit can begin with, for the pre-check. */
  firstChars: string;
  key: string;
  matchKind: MatchKind;
  score: number;
  check?: NeedleCheck;
}

export interface TextNeedleIndex {
  readonly empty: boolean;
  match(text: string, out: ProfileMention[]): void;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function escapeClassChar(ch: string): string {
  return /[\]\\^-]/.test(ch) ? `\\${ch}` : ch;
}

export function compileTextNeedles(needles: readonly TextNeedle[]): TextNeedleIndex {
  if (needles.length === 0) return { empty: true, match: () => {} };
  const groups = new Map<string, TextNeedle[]>();
  for (const needle of needles) {
    const group = groups.get(needle.source);
    if (group) group.push(needle);
    else groups.set(needle.source, [needle]);
  }
  // Longer sources first, so that at one position the most specific form is the one reported.
  const sources = [...groups.keys()].sort((a, b) => b.length - a.length);
  const entries = sources.map((s) => groups.get(s)!);
  const scanner = new RegExp(sources.map((s) => `(${s})`).join('|'), 'g');
  const first = new Set<string>();
  for (const n of needles) for (const ch of n.firstChars) first.add(escapeClassChar(ch));
  const precheck = new RegExp(`[${[...first].join('')}]`);

  return {
    empty: false,
    match(text, out) {
      if (!precheck.test(text)) return;
      scanner.lastIndex = 0;
      for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
        let group = 1;
        while (m[group] === undefined) group++;
        const start = m.index;
        const end = start + m[0].length;
        for (const needle of entries[group - 1]!) {
          if (!needle.check) {
            out.push({ itemKey: needle.key, value: m[0], start, end, matchKind: needle.matchKind, score: needle.score });
            continue;
          }
          const checked = needle.check(text, start, end);
          if (checked) {
            out.push({ itemKey: needle.key, value: text.slice(start, checked.end), start, end: checked.end, matchKind: needle.matchKind, score: checked.score });
          }
        }
        // Step one character, not past the hit: a shorter form of another item may start inside it.
        scanner.lastIndex = start + 1;
      }
    },
  };
}
