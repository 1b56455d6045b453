// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetWallClock, zonedWallClock } from '../../../src-main/core/importers/zoned-wall-clock';

const clock = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0) => ({ year, month, day, hour, minute, second, millisecond });

describe('zonedWallClock', () => {
  it('gives what luxon gives, DST gaps and overlaps included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC'),
        fc.integer({ min: 2000, max: 2035 }),
        fc.constantFrom(1, 3, 4, 10, 11),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, year, month, day, hour, minute, second) => {
          const c = clock(year, month, day, hour, minute, second);
          const expected = DateTime.fromObject(c, { zone });
          expect(zonedWallClock(c, zone)).toBe(expected.isValid ? expected.toMillis() : null);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('matches luxon for every minute of the Berlin spring-forward and fall-back days', () => {
    for (const [month, day] of [[3, 30], [10, 26]] as const) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const c = clock(2025, month, day, Math.floor(minute / 60), minute % 60, 30);
        expect(zonedWallClock(c, 'Europe/Berlin')).toBe(DateTime.fromObject(c, { zone: 'Europe/Berlin' }).toMillis());
      }
    }
  });

  it('refuses dates that do not exist', () => {
    expect(zonedWallClock(clock(2025, 2, 29), 'Asia/Shanghai')).toBeNull();
    expect(zonedWallClock(clock(2025, 4, 31), 'Asia/Shanghai')).toBeNull();
    expect(zonedWallClock(clock(2025, 4, 16, 24), 'Asia/Shanghai')).toBeNull();
    expect(offsetWallClock(clock(2025, 13, 1), 480)).toBeNull();
  });

  it('applies a written offset', () => {
    expect(offsetWallClock(clock(2025, 4, 16, 13, 9, 12), 480)).toBe(Date.UTC(2025, 3, 16, 5, 9, 12));
    expect(offsetWallClock(clock(2025, 4, 16, 0, 9, 12), -330)).toBe(Date.UTC(2025, 3, 16, 5, 39, 12));
  });
});
