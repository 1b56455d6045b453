// SPDX-License-Identifier: MIT
// One cheap pass over a message that tells detect-pii which detectors can possibly match, so that
// a typical short text skips most regular expressions (the analysis budget is ~50 µs a message).

export interface TextShape {
  /** Longest run of ASCII digits. */
  longestDigitRun: number;
  hasCjk: boolean;
  hasLatin: boolean;
  hasAt: boolean;
  hasMask: boolean;
}

export function describeTextShape(text: string): TextShape {
  let run = 0;
  let longest = 0;
  let hasCjk = false;
  let hasLatin = false;
  let hasAt = false;
  let hasMask = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      if (run > longest) longest = run;
      continue;
    }
    run = 0;
    if (c >= 0x4e00 && c <= 0x9fff) hasCjk = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hasLatin = true;
    else if (c === 64) hasAt = true;
    else if (c === 42 || c === 0xff0a || c === 0xd7) hasMask = true;
  }
  return { longestDigitRun: longest, hasCjk, hasLatin, hasAt, hasMask };
}
