// SPDX-License-Identifier: MIT
// Checksum-valid but invented identity numbers for the demo: a resident ID that passes
// GB 11643-1999 and a bank card number that passes Luhn, so detectors treat them as real.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** GB 11643-1999 check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('a resident ID body is 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK_CHARS[sum % 11] as string;
}

/**
 * region: 6-digit administrative code; birth: 'YYYY-MM-DD'; sequence: 3 digits whose last
 * digit is odd for a man and even for a woman (GB 11643 §4.3).
 */
export function residentId(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth.replaceAll('-', '')}${sequence}`;
  return body + residentIdCheckChar(body);
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    let d = Number(digits[i]);
    if (fromRight % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

export function passesLuhn(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0;
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
