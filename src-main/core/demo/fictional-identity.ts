// SPDX-License-Identifier: MIT
// Checksum-valid but invented identity numbers for the demo: a resident ID that passes
// GB 11643-1999 and a bank card number that passes Luhn, so detectors treat them as real.

import { passesLuhn } from '../pii/luhn';
import { residentIdCheckChar } from '../pii/resident-id';

/**
 * region: 6-digit administrative code; birth: 'YYYY-MM-DD'; sequence: 3 digits whose last
 * digit is odd for a man and even for a woman (GB 11643 §4.3).
 */
export function residentId(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth.replaceAll('-', '')}${sequence}`;
  return body + residentIdCheckChar(body);
}

/**
 * A card number `prefix + ? + middle + tail` whose one free digit is chosen so the whole
 * number passes Luhn; the tail stays as given because texts quote it ('尾号8848').
 */
export function bankCardWithTail(prefix: string, middle: string, tail: string): string {
  for (let free = 0; free <= 9; free++) {
    const candidate = `${prefix}${free}${middle}${tail}`;
    if (passesLuhn(candidate)) return candidate;
  }
  // Unreachable: Luhn's per-position map is a bijection on 0-9, so one digit always fits.
  throw new RangeError('no Luhn digit fits');
}
