// SPDX-License-Identifier: MIT
// The centred time lines message apps draw between bubbles, in the Chinese and English forms the
// issue lists. Which forms fit depends on how far the moment is from the day the screenshot was
// taken: phones print 今天/昨天/星期二 only for the last days and a full date for older ones.
import { DateTime } from 'luxon';
import type { SeededRandom } from './seeded-random';

export const CORPUS_TIME_ZONE = 'Asia/Shanghai';

export type SeparatorStyle =
  | 'zh-full' // 2025年4月16日 13:09
  | 'zh-month-day-period' // 4月16日 下午1:09
  | 'zh-yesterday' // 昨天 09:41
  | 'zh-weekday' // 星期二 18:20
  | 'slash-date' // 2025/4/16 13:09
  | 'en-yesterday' // Yesterday 9:41 AM
  | 'en-weekday' // Tuesday 6:20 PM
  | 'zh-today' // 今天 13:09
  | 'bare-clock'; // 13:09

const ZH_WEEKDAY = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const EN_WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Whole days from the moment's local date back to the reference date (0 = same day). */
export function daysBefore(moment: DateTime, referenceDate: string): number {
  const day = moment.setZone(CORPUS_TIME_ZONE).startOf('day');
  const reference = DateTime.fromISO(referenceDate, { zone: CORPUS_TIME_ZONE }).startOf('day');
  return Math.round(reference.diff(day, 'days').days);
}

/** Styles a phone could print for a moment this many days before the screenshot. */
export function stylesFor(days: number, english: boolean): SeparatorStyle[] {
  const absolute: SeparatorStyle[] = ['zh-full', 'slash-date', 'zh-month-day-period'];
  if (days === 0) return english ? ['bare-clock', 'zh-today'] : ['zh-today', 'bare-clock', 'zh-full'];
  if (days === 1) return english ? ['en-yesterday'] : ['zh-yesterday', 'en-yesterday', 'slash-date'];
  if (days < 7) return english ? ['en-weekday'] : ['zh-weekday', 'en-weekday', 'zh-month-day-period'];
  return absolute;
}

const clock24 = (m: DateTime): string => m.toFormat('HH:mm');
const clock12 = (m: DateTime): string => `${m.hour % 12 === 0 ? 12 : m.hour % 12}:${m.toFormat('mm')}`;

export function formatSeparator(moment: DateTime, style: SeparatorStyle): string {
  const m = moment.setZone(CORPUS_TIME_ZONE);
  switch (style) {
    case 'zh-full':
      return `${m.year}年${m.month}月${m.day}日 ${clock24(m)}`;
    case 'zh-month-day-period':
      return `${m.month}月${m.day}日 ${m.hour < 12 ? '上午' : '下午'}${clock12(m)}`;
    case 'zh-yesterday':
      return `昨天 ${clock24(m)}`;
    case 'zh-weekday':
      return `${ZH_WEEKDAY[m.weekday - 1]} ${clock24(m)}`;
    case 'slash-date':
      return `${m.year}/${m.month}/${m.day} ${clock24(m)}`;
    case 'en-yesterday':
      return `Yesterday ${clock12(m)} ${m.hour < 12 ? 'AM' : 'PM'}`;
    case 'en-weekday':
      return `${EN_WEEKDAY[m.weekday - 1]} ${clock12(m)} ${m.hour < 12 ? 'AM' : 'PM'}`;
    case 'zh-today':
      return `今天 ${clock24(m)}`;
    case 'bare-clock':
      return clock24(m);
  }
}

export function isoTime(moment: DateTime): string {
  return moment.setZone(CORPUS_TIME_ZONE).toISO({ suppressMilliseconds: true }) ?? '';
}

/**
 * Moments for `count` separators, oldest first, ending on the reference date: the gaps between
 * them run from minutes to days, as a real thread's do.
 */
export function separatorMoments(random: SeededRandom, referenceDate: string, count: number): DateTime[] {
  const end = DateTime.fromISO(referenceDate, { zone: CORPUS_TIME_ZONE }).set({ hour: random.int(8, 22), minute: random.int(0, 59) });
  const moments: DateTime[] = [end];
  for (let i = 1; i < count; i++) {
    const previous = moments[0] as DateTime;
    const gapMinutes = random.pick([random.int(40, 300), random.int(600, 1800), random.int(1440, 4320), random.int(5000, 20000)]);
    let moment = previous.minus({ minutes: gapMinutes });
    if (moment.hour < 7) moment = moment.set({ hour: random.int(7, 11) });
    moments.unshift(moment.startOf('minute'));
  }
  return moments;
}
