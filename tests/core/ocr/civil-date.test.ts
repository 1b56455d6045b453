// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { civilDateIn } from '../../../src-main/core/ocr/civil-date';

describe('civilDateIn', () => {
  // 2025-04-17 16:30 UTC is already the 18th in Beijing, still the 17th in New York.
  const instant = Date.UTC(2025, 3, 17, 16, 30);

  it('gives the calendar day in the zone, not in UTC', () => {
    expect(civilDateIn(instant, 'Asia/Shanghai')).toBe('2025-04-18');
    expect(civilDateIn(instant, 'UTC')).toBe('2025-04-17');
    expect(civilDateIn(instant, 'America/New_York')).toBe('2025-04-17');
  });

  it('writes the day as YYYY-MM-DD with leading zeros', () => {
    expect(civilDateIn(Date.UTC(2025, 0, 4, 1), 'Asia/Shanghai')).toBe('2025-01-04');
  });

  it('turns the day at local midnight', () => {
    // Midnight in Beijing is 16:00 UTC the day before.
    expect(civilDateIn(Date.UTC(2025, 3, 17, 15, 59, 59), 'Asia/Shanghai')).toBe('2025-04-17');
    expect(civilDateIn(Date.UTC(2025, 3, 17, 16, 0, 0), 'Asia/Shanghai')).toBe('2025-04-18');
  });
});
