// SPDX-License-Identifier: MIT
// The words message apps print in the time separators between bubbles: month and weekday names,
// "yesterday", and the day periods that make a 12-hour clock readable. Kept apart from the parser
// so that the grammar in screen-time.ts stays short and the hour rules can be read in one place.

/** Month names as iOS and Android print them in English, full or abbreviated ("Sept" included). */
export const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for a name `MONTH_NAME` matched. */
export function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Longest first, so that "Tuesday" is not read as "Tue" followed by noise. */
export const WEEKDAY_NAME =
  '(?:星期|礼拜|周)[一二三四五六日天]|monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun';

const ZH_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const EN_WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** 0 (Sunday) to 6, the numbering of Date#getUTCDay. */
export function weekdayNumber(name: string): number {
  const zh = ZH_WEEKDAY[name.slice(-1)];
  if (zh !== undefined) return zh;
  return EN_WEEKDAY.indexOf(name.slice(0, 3).toLowerCase());
}

/** Words for a day relative to the reference, as a day offset. */
export const RELATIVE_DAY = '今天|今日|昨天|昨日|前天|today|yesterday';

export function relativeDayOffset(word: string): number {
  switch (word.toLowerCase()) {
    case '今天':
    case '今日':
    case 'today':
      return 0;
    case '前天':
      return -2;
    default:
      return -1;
  }
}

/**
 * Day periods before a 12-hour clock. Android's Chinese locales (ICU day periods) print 凌晨 for
 * 0-5 h, 早上/上午 before noon, 中午 around 12-13 h, 下午 and 晚上 after; iOS prints only 上午/下午.
 */
export const DAY_PERIOD = '上午|下午|中午|晚上|凌晨|早上|傍晚|午夜';

type PeriodRule = 'morning' | 'night' | 'noon' | 'afternoon' | 'evening';

const PERIOD_RULE: Record<string, PeriodRule> = {
  上午: 'morning',
  早上: 'morning',
  a: 'morning',
  凌晨: 'night',
  午夜: 'night',
  中午: 'noon',
  下午: 'afternoon',
  傍晚: 'afternoon',
  p: 'afternoon',
  晚上: 'evening',
};

/**
 * The 24-hour hour for an hour read next to a day period (a Chinese word, or `a`/`p` of AM/PM), or
 * null when the two cannot go together (9 PM is 21 h, "AM 15" is nothing). 晚上12点 is the midnight
 * that ends the day, so it comes back as 24 and the caller rolls over to the next day. A 24-hour
 * value after 下午 ("下午 13:09", which some skins print) is taken as written.
 */
export function hourOfPeriod(hour: number, period: string | undefined): number | null {
  if (hour > 23) return null;
  if (period === undefined) return hour;
  const rule = PERIOD_RULE[period.toLowerCase()];
  switch (rule) {
    case 'morning':
    case 'night':
      if (hour === 12) return 0;
      return hour < 12 ? hour : null;
    case 'noon':
      if (hour >= 11) return hour;
      return hour >= 1 && hour <= 4 ? hour + 12 : null;
    case 'afternoon':
      if (hour === 0) return null;
      return hour < 12 ? hour + 12 : hour;
    case 'evening':
      if (hour === 12) return 24;
      return hour < 12 && hour !== 0 ? hour + 12 : hour;
    default:
      return null;
  }
}
