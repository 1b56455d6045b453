// SPDX-License-Identifier: MIT
// Full bank card numbers: 16-19 digits, contiguous or in groups of four, passing the Luhn check.
// One random digit run in ten passes Luhn, so a card also needs an issuer prefix cards really
// start with (62 UnionPay, 4 Visa, 5 Mastercard, 3 JCB/Amex, 60/65/9 domestic) or a word like
// 卡号 before it; valid resident IDs and order or parcel numbers are left alone.
import type { PiiFinding } from '../model/analysis';
import { CARD_WORDS } from './id-context';
import { passesLuhn } from './luhn';
import { isResidentId } from './resident-id';
import { introducesNonPersonalNumber, textBefore } from './span-context';

const CARD = /(?<![\dA-Za-z])\d{4}(?:([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{12,15})(?![\dA-Za-z])/g;
const ISSUER_PREFIX = /^(?:62|4|5[1-5]|2[2-7]|3[457]|60|65|9)/;

export function findBankCards(text: string, out: PiiFinding[]): void {
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (!passesLuhn(digits)) continue;
    if (digits.length === 18 && isResidentId(digits)) continue;
    if (introducesNonPersonalNumber(text, m.index)) continue;
    const named = CARD_WORDS.test(textBefore(text, m.index, 10));
    const issuer = ISSUER_PREFIX.test(digits);
    if (!named && !issuer) continue;
    const score = named && issuer ? 0.95 : issuer ? 0.8 : 0.7;
    out.push({ type: 'bank_card', value: digits, start: m.index, end: m.index + m[0].length, score });
  }
}
