// SPDX-License-Identifier: MIT
// Dates and deadlines: 2025年4月16日, 2025-04-16, 4月16日 18:00, 04/16, 今日18:00前, 明天下午三点,
// 16号前, and English "5 May" / "May 5, 2025". Due dates and deadlines are what a collector knows
// about a loan; a time of day is only kept when tied to a day. Values are the text as written.
import type { PiiFinding } from '../model/analysis';

const MONTH = String.raw`(?:1[0-2]|0?[1-9])`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])`;
const CLOCK = String.raw`(?:[01]?\d|2[0-4])[:：][0-5]\d(?:[:：][0-5]\d)?`;
const HOUR_WORDS = String.raw`(?:[01]?\d|2[0-4]|[一二三四五六七八九十]{1,3})点(?:半|[0-5]?\d分|[一二三四五]十分?)?`;
const PART_OF_DAY = String.raw`(?:上午|下午|晚上|早上|凌晨|中午|傍晚)`;
const TIME = String.raw`(?:\s?${PART_OF_DAY}?\s?(?:${CLOCK}|${HOUR_WORDS}))`;
const BEFORE = String.raw`(?:之前|以前|前)?`;

const CHINESE_DATE = String.raw`(?:(?:19|20)\d{2}年)?${MONTH}月${DAY}[日号](?:${TIME})?${BEFORE}|(?:19|20)\d{2}年${MONTH}月`;
const NUMERIC_DATE = String.raw`(?<![\d.])(?:19|20)\d{2}(?<sep>[-/.])${MONTH}\k<sep>${DAY}(?:[ T]${CLOCK})?(?![\d])`;
// "1/2 price" is a fraction: a bare month/day needs a two-digit part (04/16, 7/12).
const SLASH_DATE = String.raw`(?<![\d/.])(?:(?:1[0-2]|0[1-9])/${DAY}|[1-9]/(?:3[01]|[12]\d|0[1-9]))(?![\d/%])`;
const RELATIVE_DAY = String.raw`(?:今天|明天|后天|今日|明日|今晚|明晚|今早|明早|本周[一二三四五六日天]|下周[一二三四五六日天])${TIME}${BEFORE}`;
const DAY_OF_MONTH = String.raw`(?<![\d路街道巷弄楼栋号#])${DAY}号(?:之前|以前|前|(?=到期|还款|下午|上午|晚上|[，,。.;；!！\s]|$))`;
const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const ENGLISH_DATE = String.raw`\b(?:${DAY}(?:st|nd|rd|th)?\s${MONTH_NAME}(?:\s(?:19|20)\d{2})?|${MONTH_NAME}\s${DAY}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d{2})?)\b`;

// The leading look-ahead lets the engine skip, in one test, positions no alternative can start at.
const DATE = new RegExp(
  `(?=[\\d今明后本下JFMASONDjfmasond])(?:(?<cn>${CHINESE_DATE})|(?<numeric>${NUMERIC_DATE})|(?<relative>${RELATIVE_DAY})|(?<slash>${SLASH_DATE})|(?<dom>${DAY_OF_MONTH})|(?<en>${ENGLISH_DATE}))`,
  'g',
);

function scoreOf(groups: Record<string, string | undefined>): number {
  if (groups.cn !== undefined || groups.numeric !== undefined) return 0.85;
  if (groups.relative !== undefined) return 0.75;
  if (groups.en !== undefined) return 0.7;
  if (groups.dom !== undefined) return 0.45;
  return 0.4;
}

export function findDates(text: string, out: PiiFinding[]): void {
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    out.push({ type: 'date', value: m[0], start: m.index, end: m.index + m[0].length, score: scoreOf(m.groups ?? {}) });
  }
}
