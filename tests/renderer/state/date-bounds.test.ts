// SPDX-License-Identifier: MIT
// The zone is fixed to China's (UTC+8, no daylight saving), where most users are.
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { endOfLocalDay, startOfLocalDay, toDateInputValue } from '../../../src-renderer/state/date-bounds';

describe('date input to epoch ms', () => {
  it('runs in UTC+8', () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(-480);
  });

  it('takes a "from" date as local midnight', () => {
    expect(startOfLocalDay('2024-03-05')).toBe(Date.UTC(2024, 2, 4, 16, 0, 0));
  });

  it('takes a "to" date as the exclusive end: the next local midnight', () => {
    expect(endOfLocalDay('2024-03-05')).toBe(Date.UTC(2024, 2, 5, 16, 0, 0));
  });

  it('handles the end of a month and a leap day', () => {
    expect(endOfLocalDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29, 16));
    expect(startOfLocalDay('2023-12-31')).toBe(Date.UTC(2023, 11, 30, 16));
    expect(endOfLocalDay('2023-12-31')).toBe(Date.UTC(2023, 11, 31, 16));
  });

  it('gives nothing for an empty or impossible date', () => {
    for (const value of ['', '2024-02-30', '2023-02-29', '2024-13-01', '24-03-05', '2024/03/05', 'yesterday']) {
      expect(startOfLocalDay(value)).toBeUndefined();
      expect(endOfLocalDay(value)).toBeUndefined();
    }
  });

  it('writes an instant back as the local day a date input shows', () => {
    expect(toDateInputValue(Date.UTC(2024, 2, 4, 16, 0, 0))).toBe('2024-03-05');
    expect(toDateInputValue(Date.UTC(2024, 2, 4, 15, 59, 59))).toBe('2024-03-04');
  });
});
