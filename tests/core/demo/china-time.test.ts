// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDays, chinaTime, daysBetween, readableDate } from '../../../src-main/core/demo/china-time';

describe('china-time', () => {
  it('converts China wall-clock time to UTC epoch ms (UTC+8)', () => {
    expect(chinaTime('2024-01-01', 0, 0)).toBe(Date.parse('2023-12-31T16:00:00Z'));
    expect(chinaDate(Date.parse('2023-12-31T16:00:00Z'))).toBe('2024-01-01');
    expect(chinaDate(Date.parse('2023-12-31T15:59:59Z'))).toBe('2023-12-31');
  });

  it('writes readable_date the way a zh-CN phone does, with a 12-hour clock', () => {
    expect(readableDate(chinaTime('2024-01-05', 15, 12, 45))).toBe('2024年1月5日 下午3:12:45');
    expect(readableDate(chinaTime('2024-01-05', 0, 5, 0))).toBe('2024年1月5日 上午12:05:00');
    expect(readableDate(chinaTime('2024-01-05', 12, 0, 9))).toBe('2024年1月5日 下午12:00:09');
  });

  it('counts the days of a leap year and across month ends', () => {
    expect(chinaDays('2024-01-01', '2024-12-31')).toHaveLength(366);
    expect(daysBetween('2024-12-12', '2025-01-16')).toBe(35);
  });
});
