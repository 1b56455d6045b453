// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isoOfWallClock, wallClockOf } from '../../../src-renderer/state/review-wall-clock';

describe('review wall clock', () => {
  it('shows a time in the review’s zone, not in the offset it was written with', () => {
    expect(wallClockOf('2025-04-16T13:09:00+08:00', 'Asia/Shanghai')).toBe('2025-04-16T13:09');
    expect(wallClockOf('2025-04-16T05:09:00Z', 'Asia/Shanghai')).toBe('2025-04-16T13:09');
    expect(wallClockOf('2025-04-16T13:09:00+08:00', 'Europe/London')).toBe('2025-04-16T06:09');
  });

  it('shows nothing for a missing or unreadable time', () => {
    expect(wallClockOf(null, 'Asia/Shanghai')).toBe('');
    expect(wallClockOf('昨天 09:41', 'Asia/Shanghai')).toBe('');
  });

  it('reads a typed wall-clock time in the review’s zone, with its offset', () => {
    expect(isoOfWallClock('2025-04-15T09:41', 'Asia/Shanghai')).toBe('2025-04-15T09:41:00+08:00');
    // Summer time in London: the same wall clock is an hour nearer UTC than in winter.
    expect(isoOfWallClock('2025-07-01T09:41', 'Europe/London')).toBe('2025-07-01T09:41:00+01:00');
    expect(isoOfWallClock('2025-01-01T09:41', 'Europe/London')).toBe('2025-01-01T09:41:00+00:00');
  });

  it('gives null for a cleared input', () => {
    expect(isoOfWallClock('', 'Asia/Shanghai')).toBeNull();
    expect(isoOfWallClock('2025-02-30T09:41', 'Asia/Shanghai')).toBeNull();
  });

  it('round-trips what it shows', () => {
    const iso = '2024-12-31T23:59:00+08:00';
    expect(isoOfWallClock(wallClockOf(iso, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(iso);
  });
});
