// SPDX-License-Identifier: MIT
// Fixed-line numbers as collectors and services write them: an area code (010, 02x, or 0xxx) and
// a 7-8 digit local number, 400/800 hotlines, and the 95xxx short numbers of banks and insurers.
// Values are digits only, national form, so they compare with the user's own numbers.
import type { PiiFinding } from '../model/analysis';
import { introducesNonPersonalNumber, textAfter, textBefore } from './span-context';

// Three-digit area codes (010 Beijing, 02x large cities) carry 8-digit local numbers; the
// four-digit ones 7 or 8. Local numbers never start with 0 or 1.
const AREA_LOCAL =
  /(?<![\dA-Za-z])(?:[(（](010|02\d)[)）]\s?|(010|02\d)([\s-]?))([2-9]\d{7})(?!\d)|(?<![\dA-Za-z])(?:[(（](0[3-9]\d{2})[)）]\s?|(0[3-9]\d{2})([\s-]?))([2-9]\d{6,7})(?!\d)/g;
const HOTLINE = /(?<![\dA-Za-z])([48]00)([\s-]?)(\d{3})\2(\d{4})(?!\d)/g;
const SERVICE_95 = /(?<![\dA-Za-z.,¥￥$])95\d{3}(?:\d{3})?(?![\d.%])/g;
const CALL_WORDS = /(?:电话|热线|客服|致电|拨打|回电|联系|咨询|专线|call|dial)[\s:：]*$/i;
const NOT_A_NUMBER_AFTER = /^\s?(?:元|块|万|号|年|分|积分|个|人|次|条|%)/;

export function findLandlineNumbers(text: string, out: PiiFinding[]): void {
  AREA_LOCAL.lastIndex = 0;
  for (let m = AREA_LOCAL.exec(text); m; m = AREA_LOCAL.exec(text)) {
    const area = m[1] ?? m[2] ?? m[5] ?? m[6]!;
    const local = m[4] ?? m[8]!;
    const separated = m[1] !== undefined || m[5] !== undefined || Boolean(m[3]) || Boolean(m[7]);
    if (introducesNonPersonalNumber(text, m.index)) continue;
    // Without a separator or a word like 电话 an 11-12 digit run starting with 0 may as well be a
    // reference number.
    const score = separated || CALL_WORDS.test(textBefore(text, m.index, 6)) ? 0.85 : 0.6;
    out.push({ type: 'landline', value: area + local, start: m.index, end: m.index + m[0].length, score });
  }

  HOTLINE.lastIndex = 0;
  for (let m = HOTLINE.exec(text); m; m = HOTLINE.exec(text)) {
    if (introducesNonPersonalNumber(text, m.index)) continue;
    if (NOT_A_NUMBER_AFTER.test(textAfter(text, m.index + m[0].length, 3))) continue;
    out.push({ type: 'landline', value: m[1]! + m[3]! + m[4]!, start: m.index, end: m.index + m[0].length, score: 0.85 });
  }

  SERVICE_95.lastIndex = 0;
  for (let m = SERVICE_95.exec(text); m; m = SERVICE_95.exec(text)) {
    if (introducesNonPersonalNumber(text, m.index)) continue;
    if (NOT_A_NUMBER_AFTER.test(textAfter(text, m.index + m[0].length, 3))) continue;
    const called = CALL_WORDS.test(textBefore(text, m.index, 6));
    out.push({ type: 'landline', value: m[0], start: m.index, end: m.index + m[0].length, score: called ? 0.85 : 0.6 });
  }
}
