// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { LeaklineError } from '../../../src-main/core/errors';
import { machineTimeZone, parseLocalTime, resolveTimeZone } from '../../../src-main/core/importers/local-time-parse';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const SHANGHAI = 'Asia/Shanghai';

describe('parseLocalTime without a format', () => {
  it.each([
    ['2025-04-16 13:09:12', '2025-04-16T05:09:12.000Z'],
    ['2025/04/16 13:09:12', '2025-04-16T05:09:12.000Z'],
    ['2025/4/16 13:09', '2025-04-16T05:09:00.000Z'],
    ['2025.4.16 13:09:12', '2025-04-16T05:09:12.000Z'],
    ['2025年4月16日 13:09', '2025-04-16T05:09:00.000Z'],
    ['2025年4月16日13时09分12秒', '2025-04-16T05:09:12.000Z'],
    ['2025年4月16日 下午1:09', '2025-04-16T05:09:00.000Z'],
    ['2025/4/16 上午12:05', '2025-04-15T16:05:00.000Z'],
    ['2025-04-16 1:09:12 PM', '2025-04-16T05:09:12.000Z'],
    ['2025-04-16 13:09:12.345', '2025-04-16T05:09:12.345Z'],
    ['2025-04-16', '2025-04-15T16:00:00.000Z'],
    ['16.04.2025 13:09:12', '2025-04-16T05:09:12.000Z'],
    ['04/16/2025 13:09:12', '2025-04-16T05:09:12.000Z'],
    ['16/04/2025 13:09', '2025-04-16T05:09:00.000Z'],
    ['20250416130912', '2025-04-16T05:09:12.000Z'],
  ])('reads %s as wall-clock time in the zone', (value, expected) => {
    expect(iso(parseLocalTime(value, SHANGHAI))).toBe(expected);
  });

  it.each([
    ['2025-04-16T13:09:12+08:00', '2025-04-16T05:09:12.000Z'],
    ['2025-04-16T05:09:12Z', '2025-04-16T05:09:12.000Z'],
    ['20250416T050912Z', '2025-04-16T05:09:12.000Z'],
    ['2025-04-16 13:09:12 +0800', '2025-04-16T05:09:12.000Z'],
    ['2025-04-16 07:09:12 GMT+2', '2025-04-16T05:09:12.000Z'],
    ['2025-04-16 05:09:12 UTC', '2025-04-16T05:09:12.000Z'],
    ['Wed, 16 Apr 2025 14:09:12 +0900', '2025-04-16T05:09:12.000Z'],
  ])('lets the offset in %s win over the zone', (value, expected) => {
    expect(iso(parseLocalTime(value, 'America/New_York'))).toBe(expected);
  });

  it('tells epoch seconds from milliseconds by magnitude', () => {
    expect(parseLocalTime('1744780152', SHANGHAI)).toBe(1744780152000);
    expect(parseLocalTime('1744780152000', SHANGHAI)).toBe(1744780152000);
    expect(parseLocalTime('1744780152.5', SHANGHAI)).toBe(1744780152500);
    expect(parseLocalTime('42', SHANGHAI)).toBeNull();
    expect(parseLocalTime('99999999999999999', SHANGHAI)).toBeNull();
  });

  it('reads the same wall clock 8 hours apart in Asia/Shanghai and UTC', () => {
    expect(parseLocalTime('2025/4/16 13:09', 'UTC')! - parseLocalTime('2025/4/16 13:09', SHANGHAI)!).toBe(8 * 3600_000);
  });

  it.each(['', '  ', '昨天', '2025-02-30 10:00', '2025-13-01', '2025-04-16 25:00', '13/13/2025', '2025-04-16 13:09 Mars', 'hello 2025'])(
    'returns null for %j',
    (value) => {
      expect(parseLocalTime(value, SHANGHAI)).toBeNull();
    },
  );
});

describe('parseLocalTime with a format', () => {
  it('reads luxon patterns, epoch-s and epoch-ms exactly', () => {
    expect(iso(parseLocalTime('16/04/2025 13:09', SHANGHAI, 'dd/MM/yyyy HH:mm'))).toBe('2025-04-16T05:09:00.000Z');
    expect(iso(parseLocalTime('04/05/2025', 'UTC', 'd/M/yyyy'))).toBe('2025-05-04T00:00:00.000Z');
    expect(parseLocalTime('1744780152', SHANGHAI, 'epoch-s')).toBe(1744780152000);
    expect(parseLocalTime('1744780152', SHANGHAI, 'epoch-ms')).toBe(1744780152);
    expect(parseLocalTime('2025-04-16 13:09', SHANGHAI, 'epoch-ms')).toBeNull();
    expect(parseLocalTime('2025-04-16 13:09', SHANGHAI, 'dd/MM/yyyy HH:mm')).toBeNull();
  });
});

describe('resolveTimeZone', () => {
  it('defaults to the machine zone and rejects unknown names as a bad request', () => {
    expect(resolveTimeZone(undefined)).toBe(machineTimeZone());
    expect(resolveTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(() => resolveTimeZone('Asia/Beijing')).toThrow(LeaklineError);
    expect(() => resolveTimeZone('Asia/Beijing')).toThrow(/unknown time zone/);
  });
});
