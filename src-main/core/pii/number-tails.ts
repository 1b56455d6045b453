// SPDX-License-Identifier: MIT
// The last (or first) few digits of a number quoted to identify someone: "尾号8848" on a bank
// card, "手机尾号5678", "身份证尾号283X", "身份证前六位320106", "card ending 8848". The word
// before 尾号 decides whose number it is; a bare 尾号 in an SMS is almost always a card.
// Values are the digits.
import type { PiiFinding, PiiType } from '../model/analysis';
import { CARD_WORDS, ID_WORDS, PHONE_WORDS } from './id-context';
import { textBefore } from './span-context';

const TAIL = /(?:尾号|尾数|末四位|末4位|后四位|后4位|最后四位)[\s:：是为]*(\d{3}[\dXx]|\d{4})(?![\dA-Za-z])/g;
const ACCOUNT_DIGITS = /(?:账户|帐户|账号|帐号)(\d{4})(?![\dA-Za-z])/g;
const ID_HEAD = /(?:身份证|证件)(?:号码?)?(?:的)?前(?:六|6)位[\s:：是为]*(\d{6})(?!\d)/g;
const ENGLISH_TAIL =
  /\b(card|account|acct|ID|identity card|phone|mobile|numbers?)(?:\s+(?:number|no\.?))?\s+(?:ending|ends)\s+(?:in\s+|with\s+)?(\d{3}[\dXx]|\d{4})\b/gi;

function tailType(before: string, digits: string): { type: PiiType; score: number } {
  if (ID_WORDS.test(before)) return { type: 'resident_id_tail', score: 0.9 };
  if (PHONE_WORDS.test(before)) return { type: 'mobile', score: 0.7 };
  if (/[Xx]$/.test(digits)) return { type: 'resident_id_tail', score: 0.7 };
  return { type: 'card_tail', score: CARD_WORDS.test(before) ? 0.9 : 0.85 };
}

function pushDigits(out: PiiFinding[], m: RegExpExecArray, digits: string, type: PiiType, score: number): void {
  const start = m.index + m[0].length - digits.length;
  out.push({ type, value: digits.toUpperCase(), start, end: start + digits.length, score });
}

export function findNumberTails(text: string, out: PiiFinding[]): void {
  TAIL.lastIndex = 0;
  for (let m = TAIL.exec(text); m; m = TAIL.exec(text)) {
    const digits = m[1]!;
    const { type, score } = tailType(textBefore(text, m.index, 8), digits);
    pushDigits(out, m, digits, type, score);
  }
  ACCOUNT_DIGITS.lastIndex = 0;
  for (let m = ACCOUNT_DIGITS.exec(text); m; m = ACCOUNT_DIGITS.exec(text)) pushDigits(out, m, m[1]!, 'card_tail', 0.7);
  ID_HEAD.lastIndex = 0;
  for (let m = ID_HEAD.exec(text); m; m = ID_HEAD.exec(text)) pushDigits(out, m, m[1]!, 'resident_id_tail', 0.85);
}

export function findEnglishNumberTails(text: string, out: PiiFinding[]): void {
  ENGLISH_TAIL.lastIndex = 0;
  for (let m = ENGLISH_TAIL.exec(text); m; m = ENGLISH_TAIL.exec(text)) {
    const noun = m[1]!.toLowerCase();
    const digits = m[2]!;
    if (noun === 'id' || noun === 'identity card') pushDigits(out, m, digits, 'resident_id_tail', 0.85);
    else if (noun === 'phone' || noun === 'mobile') pushDigits(out, m, digits, 'mobile', 0.65);
    // "numbers ending 7548 are selected": a prize-draw phone number, said to whoever reads it.
    else if (noun.startsWith('number')) pushDigits(out, m, digits, 'mobile', 0.45);
    else if (!/[Xx]$/.test(digits)) pushDigits(out, m, digits, 'card_tail', 0.85);
  }
}
