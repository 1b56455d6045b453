// SPDX-License-Identifier: MIT
// libphonenumber's judgement on a number, memoised: a parse costs ~25 µs, more than the whole
// per-message budget. Mainland mobiles are allocated in blocks of 1xx-xxxx (the 7-digit HLR
// segment), so validity is cached per segment and a million messages parse a few thousand times.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const MEMO_LIMIT = 20_000;
const segmentValidity = new Map<string, boolean>();

/** Whether an 11-digit mainland mobile number belongs to an allocated number range. */
export function isAllocatedCnMobile(digits: string): boolean {
  const segment = digits.slice(0, 7);
  const cached = segmentValidity.get(segment);
  if (cached !== undefined) return cached;
  const valid = parsePhoneNumberFromString(digits, 'CN')?.isValid() === true;
  if (segmentValidity.size >= MEMO_LIMIT) segmentValidity.clear();
  segmentValidity.set(segment, valid);
  return valid;
}

export interface InternationalNumber {
  kind: 'mobile' | 'landline';
  /** National digits for a mainland number (with the trunk 0 for landlines), E.164 otherwise. */
  value: string;
}

/** A number written with a + country code, when libphonenumber holds it valid. */
export function readInternationalNumber(written: string): InternationalNumber | null {
  const number = parsePhoneNumberFromString(written);
  if (!number || !number.isValid()) return null;
  const type = number.getType();
  const kind = type === 'FIXED_LINE' || type === 'TOLL_FREE' || type === 'SHARED_COST' ? 'landline' : 'mobile';
  if (number.countryCallingCode === '86') {
    return { kind, value: kind === 'landline' ? number.formatNational().replace(/\D/g, '') : number.nationalNumber };
  }
  return { kind, value: number.number };
}
