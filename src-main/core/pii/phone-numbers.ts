// SPDX-License-Identifier: MIT
// Mobile numbers written in full: mainland 1[3-9]x numbers with or without +86/0086/86 and with
// the 3-4-4 spacing people type, and any number written with a + country code (foreign numbers,
// +86 landlines), judged by libphonenumber. A digit run inside a longer run (order numbers,
// timestamps like 20250416130900) is never a phone.
import type { PiiFinding } from '../model/analysis';
import { isAllocatedCnMobile, readInternationalNumber } from './phone-validity';
import { introducesNonPersonalNumber } from './span-context';

const CN_MOBILE = /(?<![\dA-Za-z+])(?:(?:[(（]\+?86[)）]|(?:\+|00)?86)[\s-]?)?(1[3-9]\d)([\s-]?)(\d{4})\2(\d{4})(?!\d)/g;
const INTERNATIONAL = /(?<![\dA-Za-z])\+[1-9]\d{0,3}(?:[\s-]?\(?\d{1,5}\)?){1,5}/g;

export function findMobileNumbers(text: string, out: PiiFinding[]): void {
  CN_MOBILE.lastIndex = 0;
  for (let m = CN_MOBILE.exec(text); m; m = CN_MOBILE.exec(text)) {
    if (introducesNonPersonalNumber(text, m.index)) continue;
    const digits = m[1]! + m[3]! + m[4]!;
    if (!isAllocatedCnMobile(digits)) continue;
    out.push({ type: 'mobile', value: digits, start: m.index, end: m.index + m[0].length, score: 0.95 });
  }
}

export function findInternationalNumbers(text: string, out: PiiFinding[]): void {
  INTERNATIONAL.lastIndex = 0;
  for (let m = INTERNATIONAL.exec(text); m; m = INTERNATIONAL.exec(text)) {
    // The pattern may run on into a following number ("+44 20 7946 0958 2025"): drop trailing
    // groups until what is left is a valid number.
    let written = m[0];
    for (let attempt = 0; attempt < 3 && written.length > 6; attempt++) {
      const number = readInternationalNumber(written);
      if (number) {
        const score = number.kind === 'mobile' ? 0.9 : 0.85;
        out.push({ type: number.kind, value: number.value, start: m.index, end: m.index + written.length, score });
        break;
      }
      const cut = written.search(/[\s-]\(?\d+\)?$/);
      if (cut <= 0) break;
      written = written.slice(0, cut);
    }
  }
}
