// SPDX-License-Identifier: MIT
// Fuzz target: the time parsers. Whatever text, format, zone or number they get, they answer with
// an instant a Date can hold or with "no time" (null), never a throw or an Infinity, within the
// time budget: exports' wall-clock text (parseLocalTime), the cached zone arithmetic (which must
// agree with luxon exactly), Apple's absolute time in either unit, and the separators read off
// screenshots (parseScreenTime), whose only error is a bad reference (BAD_REQUEST).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { LeaklineError } from '../../src-main/core/errors';
import { isRepresentableTime } from '../../src-main/core/import/time-sanity';
import { appleTimeToEpochMs } from '../../src-main/core/importers/apple-time';
import { parseLocalTime, resolveTimeZone } from '../../src-main/core/importers/local-time-parse';
import { zonedWallClock, type WallClock } from '../../src-main/core/importers/zoned-wall-clock';
import { parseScreenTime } from '../../src-main/core/ocr/screen-time';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { HOSTILE_NUMBERS, hostileText } from './hostile-bytes';
import { dateText, separatorText } from './time-texts';

/** Zones with odd offsets, DST at odd hours, or a day skipped (Samoa 2011). */
const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Kiritimati', 'Europe/London', 'America/New_York', 'Etc/GMT+12', 'Africa/Casablanca'];
const DATE_PIECES = [
  '2025', '1970', '1899', '0001', '9999', '10000', '-', '/', '.', ' ', 'T', 'Z', '+08:00', '-12:00', '+99:99', ':', '年', '月', '日', '号', '时', '分', '秒',
  '上午', '下午', '凌晨', '晚上', 'am', 'PM', 'a.m.', '04', '4', '16', '31', '30', '29', '02', '13', '24', '25', '59', '60', '61', '00', '12', '.123',
  ',999999999', 'Wed, ', 'Apr', 'GMT', 'UTC', 'W16', '-W53-7', '-366', '1744780152', '1744780152000', '20250416130912', '昨天', '前天', '今天',
  '星期二', '周三', 'Tuesday', 'yesterday', '12:00', '23:59', '晚上12点', '12月31日',
];
const FORMATS = [null, 'epoch-s', 'epoch-ms', 'yyyy-MM-dd HH:mm:ss', 'd/M/yyyy H:mm', 'dd.MM.yyyy HH:mm', 'x', 'X', 'yyyyyyyy', 'kkkk-WW-c', "'", 'S'.repeat(100), 'a h:mm'];

const timeText = fc.oneof({ weight: 3, arbitrary: dateText }, { weight: 1, arbitrary: hostileText([...DATE_PIECES, ...HOSTILE_NUMBERS], 20) });

function expectTimeOrNull(time: number | null): 'time' | 'no time' {
  if (time === null) return 'no time';
  expect(isRepresentableTime(time), `time ${time}`).toBe(true);
  return 'time';
}

const localTime: FuzzTarget<{ text: string; zone: string; format: string | null }> = {
  name: 'time parseLocalTime',
  arbitrary: fc.record({
    text: timeText,
    zone: fc.constantFrom(...ZONES),
    // Mostly null (detection), as in most imports; a pattern of the user's otherwise.
    format: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constantFrom(...FORMATS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
  }),
  check: ({ text, zone, format }) => expectTimeOrNull(parseLocalTime(text, zone, format)),
  ciRuns: 600,
  caseBudgetMs: 1_000,
};

const wallClock: fc.Arbitrary<WallClock> = fc.record({
  year: fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: -1e6, max: 1e6 })),
  month: fc.integer({ min: -1, max: 14 }),
  day: fc.integer({ min: -1, max: 33 }),
  hour: fc.integer({ min: -1, max: 25 }),
  minute: fc.integer({ min: -1, max: 61 }),
  second: fc.integer({ min: -1, max: 61 }),
  millisecond: fc.integer({ min: -1, max: 1000 }),
});

/** What luxon answers for the same wall clock, with zonedWallClock's own range of years. */
function luxonTime(c: WallClock, zone: string): number | null {
  if (c.year < 1000 || c.year > 9999) return null;
  const t = DateTime.fromObject({ ...c }, { zone });
  return t.isValid ? t.toMillis() : null;
}

const zonedClock: FuzzTarget<{ clock: WallClock; zone: string }> = {
  name: 'time zonedWallClock',
  arbitrary: fc.record({ clock: wallClock, zone: fc.constantFrom(...ZONES) }),
  check: ({ clock, zone }) => {
    const time = zonedWallClock(clock, zone);
    // The per-hour offset cache must give exactly what asking luxon every time gives.
    if (time !== null) expect(time).toBe(luxonTime(clock, zone));
    return expectTimeOrNull(time);
  },
  ciRuns: 600,
  caseBudgetMs: 1_000,
};

const appleValue = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e10, -1e10, 9.999999999e9, 2 ** 53, 2 ** 63),
);

const appleTime: FuzzTarget<number | bigint> = {
  name: 'time appleTimeToEpochMs',
  arbitrary: appleValue,
  check: (value) => {
    const time = appleTimeToEpochMs(value);
    if (typeof value === 'bigint' && value >= -(2n ** 53n) && value <= 2n ** 53n) {
      // One instant, whichever type the driver handed the cell over as.
      const asNumber = appleTimeToEpochMs(Number(value));
      if (time !== null && asNumber !== null) expect(Math.abs(asNumber - time)).toBeLessThanOrEqual(1);
    }
    return expectTimeOrNull(time);
  },
  ciRuns: 600,
  caseBudgetMs: 1_000,
};

const screenTime: FuzzTarget<{ text: string; date: string; zone: string }> = {
  name: 'time parseScreenTime',
  arbitrary: fc.record({
    text: fc.oneof({ weight: 3, arbitrary: separatorText }, { weight: 1, arbitrary: timeText }),
    // A real reference date and zone, as the app and the CLI check them, and now and then not.
    date: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('2025-04-16', '2024-02-29', '2011-12-30', '1970-01-01', '9999-12-31', '2025-01-01') },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom('0000-01-01', '2025-02-30', '2025-4-16', ''), fc.string({ maxLength: 12 })) },
    ),
    zone: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }),
  }),
  check: ({ text, date, zone }) => {
    try {
      const read = parseScreenTime(text, { date, timeZone: zone });
      return read === null ? 'no separator' : expectTimeOrNull(read.time);
    } catch (err) {
      if (!(err instanceof LeaklineError) || err.code !== 'BAD_REQUEST') throw err;
      return 'bad reference';
    }
  },
  ciRuns: 600,
  caseBudgetMs: 1_000,
};

const zoneName: FuzzTarget<string> = {
  name: 'time resolveTimeZone',
  arbitrary: fc.oneof(fc.constantFrom(...ZONES, 'utc', 'Asia/shanghai', 'Mars/Olympus', '+08:00', 'UTC+8', 'GMT-3', 'local', ''), fc.string({ maxLength: 20 })),
  check: (zone) => {
    try {
      expect(resolveTimeZone(zone)).toBe(zone);
      return 'zone';
    } catch (err) {
      if (!(err instanceof LeaklineError) || err.code !== 'BAD_REQUEST') throw err;
      return 'bad zone';
    }
  },
  ciRuns: 300,
  caseBudgetMs: 1_000,
};

describe('the time parsers on hostile text, numbers and zones', () => {
  for (const target of [localTime, zonedClock, appleTime, screenTime, zoneName] as FuzzTarget<unknown>[]) {
    it(`${target.name.replace('time ', '')} gives a representable instant or none, in bounded time`, { timeout: targetTimeoutMs(target, 1) }, async () => {
      await runFuzzTarget(target);
    });
  }
});
