// SPDX-License-Identifier: MIT
import { beforeAll, describe, expect, it } from 'vitest';
import { axisTicks, formatMoment } from '../../../src-renderer/state/time-axis';
import { DAY_MS } from '../../../src-renderer/state/time-scale';

beforeAll(() => {
  // Node re-reads TZ when it is assigned: local time is Beijing time, as for most users.
  process.env.TZ = 'Asia/Shanghai';
});

describe('axis ticks', () => {
  it('ticks the first of each month over a few months', () => {
    const ticks = axisTicks({ from: Date.UTC(2024, 0, 10), to: Date.UTC(2024, 4, 20) }, 8, 'utc');
    expect(ticks.map((t) => t.label)).toEqual(['2024-02', '2024-03', '2024-04', '2024-05']);
    expect(ticks[0]!.time).toBe(Date.UTC(2024, 1, 1));
  });

  it('puts day ticks on local midnight, which is 16:00 UTC the day before in Beijing', () => {
    const from = Date.UTC(2024, 2, 1, 0);
    const ticks = axisTicks({ from, to: from + 3 * DAY_MS }, 4, 'local');
    expect(ticks[0]!.label).toBe('03-02');
    expect(ticks[0]!.time).toBe(Date.UTC(2024, 2, 1, 16));
  });

  it('puts day ticks on UTC midnight when read in UTC', () => {
    const from = Date.UTC(2024, 2, 1, 0);
    const ticks = axisTicks({ from, to: from + 3 * DAY_MS }, 4, 'utc');
    expect(ticks.map((t) => t.label)).toEqual(['03-01', '03-02', '03-03', '03-04']);
  });

  it('chooses years over several years and never more ticks than asked', () => {
    const ticks = axisTicks({ from: Date.UTC(2015, 5, 1), to: Date.UTC(2024, 5, 1) }, 12, 'utc');
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.map((t) => t.label)).toContain('2020');
  });

  it('gives no ticks for an empty range', () => {
    expect(axisTicks({ from: 5, to: 5 }, 10, 'utc')).toEqual([]);
  });
});

describe('moments', () => {
  it('writes a collection text sent at 23:30 Beijing time on the local day and marks UTC explicitly', () => {
    const time = Date.UTC(2024, 2, 1, 15, 30);
    expect(formatMoment(time, 'local')).toBe('2024-03-01 23:30');
    expect(formatMoment(time, 'utc')).toBe('2024-03-01 15:30 UTC');
    const early = Date.UTC(2024, 2, 1, 17, 5);
    expect(formatMoment(early, 'local')).toBe('2024-03-02 01:05');
  });
});
