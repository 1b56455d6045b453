// SPDX-License-Identifier: MIT
// Times as exports and message apps write them, with every field free to leave its range (month
// 13, 30 February, 25:61, year 0 or 10000) and now and then a hostile tail, so that fuzzing reaches
// the parsers' real paths instead of stopping at "not a time" on random text.
import fc from 'fast-check';
import { hostileText, HOSTILE_NUMBERS } from './hostile-bytes';

const pad = (n: number, width = 2) => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));

const fields = fc.record({
  year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1990, max: 2035 }) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 10_001 }) }),
  month: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 13 }) }),
  day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 32 }) }),
  hour: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 25 }) }),
  minute: fc.integer({ min: 0, max: 61 }),
  second: fc.integer({ min: 0, max: 61 }),
});

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const STYLES: ((f: Fields) => string)[] = [
  (f) => `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`,
  (f) => `${f.year}/${f.month}/${f.day} ${f.hour}:${pad(f.minute)}`,
  (f) => `${pad(f.day)}.${pad(f.month)}.${f.year} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`,
  (f) => `${f.month}/${f.day}/${f.year}`,
  (f) => `${pad(f.day)}/${pad(f.month)}/${f.year} ${f.hour}:${pad(f.minute)}`,
  (f) => `${f.year}年${f.month}月${f.day}日 ${f.hour < 12 ? '上午' : '下午'}${f.hour % 12 || 12}:${pad(f.minute)}`,
  (f) => `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`,
  (f) => `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`,
  (f) => `${f.day} Apr ${f.year} ${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} +0800`,
  (f) => `${f.year}-W${pad(f.month)}-${f.day % 10}`,
  (f) => String(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second)),
  (f) => String(Math.floor(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) / 1000)),
];
const OFFSETS = ['', '', '', 'Z', '+08:00', '-05:30', '+0800', ' GMT+8', ' UTC', '+99:99', ' +14:00', '.123', ',999999999', ' pm', ' AM'];

/** Export-style time text: a date in one of the common layouts, an offset or not, now and then a hostile tail. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fields, fc.nat({ max: STYLES.length - 1 }), fc.constantFrom(...OFFSETS), fc.oneof({ weight: 7, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, '\u0000', '\ud800', ' ', '年') }))
      .map(([f, style, offset, tail]) => `${STYLES[style]!(f)}${offset}${tail}`),
  },
  { weight: 1, arbitrary: hostileText(['2025', '-', '/', ':', ' ', 'T', 'Z', '年', '月', '日', '04', '16', '13', '09', '下午'], 16) },
);

const DAYS = ['', '昨天', '前天', '今天', '明天', '星期二', '周三', '週日', 'Tuesday', 'Yesterday', 'Today', '4月16日', '2月30日', '2024年2月29日', '2023年2月29日', '12月31日', 'Apr 16', '16 Apr 2025', '2025/4/16', '13/31'];
const PERIODS = ['', '上午', '下午', '晚上', '凌晨', '中午'];

/** A message app's time separator ("昨天 下午1:09", "Tuesday 6:20 PM"), fields free to leave their range. */
export const separatorText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...DAYS), fc.constantFrom(...PERIODS), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', ' AM', ' PM', 'pm'), fc.boolean())
      .map(([day, period, hour, minute, ampm, withClock]) => (withClock ? `${day} ${period}${hour}:${pad(minute)}${ampm}` : day).trim()),
  },
  { weight: 1, arbitrary: hostileText([...DAYS, ...PERIODS, ':', '12', '09'], 10) },
);
