// SPDX-License-Identifier: MIT
// Numbers shown with their middle hidden (3201**********283X, 139****5678, 6214********8848),
// which is how lenders, carriers and collectors prove they know a number without printing it.
// The shape alone is ambiguous, so the words before it decide first (身份证 / 卡 / 手机), then the
// length: 11 from 1[3-9] is a mobile, 15/18 or an X check character an ID, 16-19 a card.
// Values are kept as written: the hidden digits are unknown.
import type { PiiFinding, PiiType } from '../model/analysis';
import { CARD_WORDS, ID_WORDS, PHONE_WORDS } from './id-context';
import { isProvinceCode } from './resident-id';
import { textBefore } from './span-context';

const MASKED = /(?<![\dA-Za-z*＊×])(\d{2,7})([*＊×xX]{3,12})(\d{2,4}[Xx]?)?(?![\dA-Za-z*＊×])/g;

interface Reading {
  type: PiiType;
  score: number;
}

function readMasked(prefix: string, total: number, endsWithX: boolean, before: string): Reading | null {
  if (ID_WORDS.test(before)) return { type: 'resident_id_masked', score: 0.9 };
  if (CARD_WORDS.test(before)) return { type: 'bank_card', score: 0.75 };
  const mobileShape = total === 11 && /^1[3-9]/.test(prefix);
  if (mobileShape) return { type: 'mobile', score: PHONE_WORDS.test(before) ? 0.8 : 0.65 };
  const province = isProvinceCode(prefix.slice(0, 2));
  if ((total === 18 || total === 15 || endsWithX) && province) return { type: 'resident_id_masked', score: 0.75 };
  if (total >= 16 && total <= 19 && !endsWithX) return { type: 'bank_card', score: 0.6 };
  if (province && prefix.length >= 4 && total >= 10 && total <= 18) return { type: 'resident_id_masked', score: 0.5 };
  return null;
}

export function findMaskedNumbers(text: string, out: PiiFinding[]): void {
  MASKED.lastIndex = 0;
  for (let m = MASKED.exec(text); m; m = MASKED.exec(text)) {
    const prefix = m[1]!;
    const tail = m[3] ?? '';
    // A mask with no visible tail only makes sense for the end of a mobile (1381234****).
    if (tail === '' && !/^1[3-9]\d{1,5}$/.test(prefix)) continue;
    // "x" as a mask needs a run: "12x34" is a product or a size, not a hidden number.
    if (/^[xX]+$/.test(m[2]!) && m[2]!.length < 4) continue;
    const endsWithX = /[Xx]$/.test(tail);
    const reading = readMasked(prefix, m[0].length, endsWithX, textBefore(text, m.index, 8));
    if (!reading) continue;
    out.push({ type: reading.type, value: m[0], start: m.index, end: m.index + m[0].length, score: reading.score });
  }
}
