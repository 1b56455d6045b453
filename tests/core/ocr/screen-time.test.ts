// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseScreenTime } from '../../../src-main/core/ocr/screen-time';

// Friday 18 April 2025, Beijing time.
const SHANGHAI = { date: '2025-04-18', timeZone: 'Asia/Shanghai' };

const at = (iso: string, zone = 'Asia/Shanghai') => DateTime.fromISO(iso, { zone }).toMillis();
const timeOf = (text: string, reference = SHANGHAI) => parseScreenTime(text, reference)?.time;

describe('parseScreenTime: Chinese separators', () => {
  it.each([
    ['2025年4月16日 13:09', '2025-04-16T13:09'],
    ['2025年4月16日 下午1:09', '2025-04-16T13:09'],
    ['2025年4月16日 星期三 下午1:09', '2025-04-16T13:09'],
    ['4月16日 13:09', '2025-04-16T13:09'],
    ['4月16日 下午1:09', '2025-04-16T13:09'],
    ['2025/4/16 13:09', '2025-04-16T13:09'],
    ['2025-04-16 13:09', '2025-04-16T13:09'],
    ['2025.4.16 13:09', '2025-04-16T13:09'],
    ['04-16 13:09', '2025-04-16T13:09'],
  ])('reads the dated separator %s', (text, iso) => {
    expect(timeOf(text)).toBe(at(iso));
  });

  it.each([
    ['今天 18:20', '2025-04-18T18:20'],
    ['昨天 09:41', '2025-04-17T09:41'],
    ['昨天 上午9:41', '2025-04-17T09:41'],
    ['前天 20:00', '2025-04-16T20:00'],
    ['星期二 18:20', '2025-04-15T18:20'],
    ['周二 18:20', '2025-04-15T18:20'],
    ['星期日 晚上8:05', '2025-04-13T20:05'],
    ['下午1:09', '2025-04-18T13:09'],
    ['13:09', '2025-04-18T13:09'],
  ])('resolves the relative separator %s against the reference date', (text, iso) => {
    const parsed = parseScreenTime(text, SHANGHAI);
    expect(parsed).toEqual({ time: at(iso), text, precision: 'minute', relative: true });
  });

  it('puts a month-day later than the reference date in the previous year', () => {
    expect(timeOf('12月31日 23:59')).toBe(at('2024-12-31T23:59'));
    expect(timeOf('4月19日 08:00')).toBe(at('2024-04-19T08:00'));
    expect(timeOf('4月18日 08:00')).toBe(at('2025-04-18T08:00'));
  });

  it('takes a weekday equal to the reference day as a week earlier', () => {
    expect(timeOf('星期五 10:00')).toBe(at('2025-04-11T10:00'));
  });

  it('resolves across a month and a year boundary', () => {
    expect(timeOf('昨天 23:10', { date: '2025-03-01', timeZone: 'Asia/Shanghai' })).toBe(at('2025-02-28T23:10'));
    expect(timeOf('前天 07:00', { date: '2025-01-01', timeZone: 'Asia/Shanghai' })).toBe(at('2024-12-30T07:00'));
    expect(timeOf('周四 12:00', { date: '2025-01-02', timeZone: 'Asia/Shanghai' })).toBe(at('2024-12-26T12:00'));
  });
});

describe('parseScreenTime: day periods and 12-hour clocks', () => {
  it.each([
    ['上午12:15', '00:15'],
    ['凌晨12:30', '00:30'],
    ['凌晨3:05', '03:05'],
    ['早上7:30', '07:30'],
    ['上午11:59', '11:59'],
    ['中午12:30', '12:30'],
    ['中午1:10', '13:10'],
    ['下午12:30', '12:30'],
    ['下午1:09', '13:09'],
    ['傍晚6:00', '18:00'],
    ['晚上8:45', '20:45'],
    ['晚上11:59', '23:59'],
    ['12:05 AM', '00:05'],
    ['12:05 PM', '12:05'],
    ['9:41 a.m.', '09:41'],
    ['9:41PM', '21:41'],
  ])('reads %s as %s', (text, clock) => {
    expect(timeOf(text)).toBe(at(`2025-04-18T${clock}`));
  });

  it('reads 晚上12点 as the midnight that ends the day', () => {
    expect(timeOf('昨天 晚上12:10')).toBe(at('2025-04-18T00:10'));
  });

  it('gives no time for an hour that does not fit its day period or a minute past 59', () => {
    expect(parseScreenTime('上午15:00', SHANGHAI)).toMatchObject({ time: null, precision: 'minute' });
    expect(parseScreenTime('13:00 AM', SHANGHAI)).toMatchObject({ time: null });
    expect(parseScreenTime('昨天 25:10', SHANGHAI)).toMatchObject({ time: null });
    expect(parseScreenTime('昨天 10:75', SHANGHAI)).toMatchObject({ time: null });
  });
});

describe('parseScreenTime: English separators', () => {
  it.each([
    ['Yesterday 9:41 AM', '2025-04-17T09:41', true],
    ['Yesterday at 9:41\u202fPM', '2025-04-17T21:41', true],
    ['Today 9:41 AM', '2025-04-18T09:41', true],
    ['Tuesday 6:20 PM', '2025-04-15T18:20', true],
    ['Tue 6:20 PM', '2025-04-15T18:20', true],
    ['Tue, Apr 15, 1:09 PM', '2025-04-15T13:09', true],
    ['Apr 16, 2025 at 1:09 PM', '2025-04-16T13:09', false],
    ['April 16th, 2025, 1:09 PM', '2025-04-16T13:09', false],
    ['16 Apr 2025, 13:09', '2025-04-16T13:09', false],
    ['4/16/25 1:09 PM', '2025-04-16T13:09', false],
    ['16/4/2025 13:09', '2025-04-16T13:09', false],
    ['Wed 16 Apr 13:09', '2025-04-16T13:09', true],
    ['Sept 30 10:00 AM', '2024-09-30T10:00', true],
  ])('reads %s', (text, iso, relative) => {
    expect(parseScreenTime(text, SHANGHAI)).toEqual({ time: at(iso), text, precision: 'minute', relative });
  });
});

describe('parseScreenTime: OCR noise', () => {
  it('reads full-width digits and colons', () => {
    expect(timeOf('１３：０９')).toBe(at('2025-04-18T13:09'));
    expect(timeOf('２０２５年４月１６日　下午１：０９')).toBe(at('2025-04-16T13:09'));
  });

  it('tolerates missing and extra spaces', () => {
    expect(timeOf('昨天09:41')).toBe(at('2025-04-17T09:41'));
    expect(timeOf('下午 1 : 09')).toBe(at('2025-04-18T13:09'));
    expect(timeOf('2025 年 4 月 16 日  13 : 09')).toBe(at('2025-04-16T13:09'));
    expect(timeOf('  Yesterday   9:41 AM ')).toBe(at('2025-04-17T09:41'));
  });

  it('reads a semicolon OCR took for a colon', () => {
    expect(timeOf('昨天 09;41')).toBe(at('2025-04-17T09:41'));
  });

  it('keeps the text as read, only trimmed', () => {
    expect(parseScreenTime('  昨天 09:41 ', SHANGHAI)?.text).toBe('昨天 09:41');
  });
});

describe('parseScreenTime: dates without a clock', () => {
  it('gives local midnight with day precision', () => {
    expect(parseScreenTime('2025年4月16日', SHANGHAI)).toEqual({ time: at('2025-04-16T00:00'), text: '2025年4月16日', precision: 'day', relative: false });
    expect(parseScreenTime('昨天', SHANGHAI)).toEqual({ time: at('2025-04-17T00:00'), text: '昨天', precision: 'day', relative: true });
    expect(parseScreenTime('星期二', SHANGHAI)).toMatchObject({ time: at('2025-04-15T00:00'), precision: 'day' });
    expect(parseScreenTime('Apr 16, 2025', SHANGHAI)).toMatchObject({ time: at('2025-04-16T00:00'), precision: 'day' });
  });

  it('keeps an impossible date as a separator with no time', () => {
    expect(parseScreenTime('2月30日', SHANGHAI)).toEqual({ time: null, text: '2月30日', precision: 'day', relative: true });
    expect(parseScreenTime('2025年2月29日 10:00', SHANGHAI)).toEqual({ time: null, text: '2025年2月29日 10:00', precision: 'minute', relative: false });
    expect(timeOf('2024年2月29日 10:00')).toBe(at('2024-02-29T10:00'));
  });
});

describe('parseScreenTime: text that is not a separator', () => {
  it.each(['', '   ', '您好', '12:00前还款', '请于4月20日前还款', '1/2', '验证码 1234', 'Call me at 5', 'Today is the day', '周末愉快', '2025'])(
    'returns null for %j',
    (text) => {
      expect(parseScreenTime(text, SHANGHAI)).toBeNull();
    },
  );

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const parsed = parseScreenTime(text, SHANGHAI);
        if (parsed) expect(parsed.text).toBe(text.trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseScreenTime: time zones', () => {
  const NEW_YORK = { date: '2025-03-10', timeZone: 'America/New_York' };

  it('reads wall-clock times in the reference zone on both sides of a DST change', () => {
    // 9 March 2025 is the spring-forward day: EST (-5) before, EDT (-4) after.
    expect(timeOf('Yesterday 9:41 AM', NEW_YORK)).toBe(Date.UTC(2025, 2, 9, 13, 41));
    expect(timeOf('Saturday 9:41 AM', NEW_YORK)).toBe(Date.UTC(2025, 2, 8, 14, 41));
    expect(timeOf('Today 9:41 AM', NEW_YORK)).toBe(Date.UTC(2025, 2, 10, 13, 41));
  });

  it('gives what luxon gives for a time inside the spring-forward gap', () => {
    expect(timeOf('Yesterday 2:30 AM', NEW_YORK)).toBe(DateTime.fromObject({ year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, { zone: 'America/New_York' }).toMillis());
  });

  it('matches luxon for generated dates written the ways apps write them', () => {
    const zones = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Sydney');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(zones, fc.date({ min: new Date('2015-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), fc.integer({ min: 0, max: 3 }), (zone, date, style) => {
        const d = DateTime.fromJSDate(date, { zone }).startOf('minute');
        const h12 = d.hour % 12 === 0 ? 12 : d.hour % 12;
        const mm = String(d.minute).padStart(2, '0');
        const texts = [
          `${d.year}年${d.month}月${d.day}日 ${d.hour < 12 ? '上午' : '下午'}${h12}:${mm}`,
          `${d.year}/${d.month}/${d.day} ${d.hour}:${mm}`,
          `${months[d.month - 1]} ${d.day}, ${d.year} at ${h12}:${mm} ${d.hour < 12 ? 'AM' : 'PM'}`,
          `${d.day} ${months[d.month - 1]} ${d.year}, ${String(d.hour).padStart(2, '0')}:${mm}`,
        ];
        const expected = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute }, { zone }).toMillis();
        expect(timeOf(texts[style]!, { date: '2035-06-01', timeZone: zone })).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a reference that is not a date or not a known zone', () => {
    expect(() => parseScreenTime('13:09', { date: '2025-02-30', timeZone: 'Asia/Shanghai' })).toThrow(/reference date/);
    expect(() => parseScreenTime('13:09', { date: '18/04/2025', timeZone: 'Asia/Shanghai' })).toThrow(/reference date/);
    expect(() => parseScreenTime('13:09', { date: '2025-04-18', timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
  });
});
