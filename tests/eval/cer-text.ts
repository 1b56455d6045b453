// SPDX-License-Identifier: MIT
// How message texts are made comparable before counting character errors. Both sides get NFKC
// (fullwidth forms such as ：，（ fold to : , ( and compatibility characters to one spelling) and
// lose their whitespace, except that a run of whitespace between two Latin letters or digits stays
// as one space: "Reply YES" keeps its word gap while "验证码 384920", "金额： 6,730" and a line
// break inside Chinese text count for nothing. So the spaces tesseract puts around CJK characters
// and punctuation are not errors, but merging two English words or numbers is.
import { distance } from 'fastest-levenshtein';

const LATIN = /[\p{Script=Latin}0-9]/u;

export function normalizeForCer(text: string): string {
  const folded = text.normalize('NFKC');
  return folded.replace(/\s+/gu, (run, offset: number) => {
    const before = folded[offset - 1];
    const after = folded[offset + run.length];
    return before !== undefined && after !== undefined && LATIN.test(before) && LATIN.test(after) ? ' ' : '';
  });
}

export interface CharacterErrors {
  /** Levenshtein edits (insertions, deletions, substitutions) from reference to hypothesis. */
  errors: number;
  /** Characters in the normalised reference (UTF-16 code units: all corpus text is in the BMP). */
  length: number;
}

export function characterErrors(reference: string, hypothesis: string): CharacterErrors {
  const ref = normalizeForCer(reference);
  const hyp = normalizeForCer(hypothesis);
  return { errors: distance(ref, hyp), length: ref.length };
}

export function addErrors(a: CharacterErrors, b: CharacterErrors): CharacterErrors {
  return { errors: a.errors + b.errors, length: a.length + b.length };
}

export const NO_ERRORS: CharacterErrors = { errors: 0, length: 0 };

/** Errors per reference character; null when there was nothing to read. */
export function errorRate(e: CharacterErrors): number | null {
  return e.length === 0 ? null : e.errors / e.length;
}
