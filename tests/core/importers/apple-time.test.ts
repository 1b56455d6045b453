// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLE_EPOCH_MS, appleTimeToEpochMs } from '../../../src-main/core/importers/apple-time';

describe('appleTimeToEpochMs', () => {
  it('counts from 2001-01-01 UTC', () => {
    expect(new Date(APPLE_EPOCH_MS).toISOString()).toBe('2001-01-01T00:00:00.000Z');
    expect(appleTimeToEpochMs(0)).toBe(APPLE_EPOCH_MS);
  });

  it('reads seconds, as macOS and iOS wrote them before iOS 11', () => {
    expect(new Date(appleTimeToEpochMs(469908586)!).toISOString()).toBe('2015-11-22T18:09:46.000Z');
  });

  it('reads nanoseconds, as iOS 11 and later write them', () => {
    // 2024-03-15 09:30:00.123 in China.
    const ns = 732159000_123_000_000;
    expect(new Date(appleTimeToEpochMs(ns)!).toISOString()).toBe('2024-03-15T01:30:00.123Z');
    expect(appleTimeToEpochMs(BigInt(ns))).toBe(Date.parse('2024-03-15T01:30:00.123Z'));
  });

  it('reads dates before 2001 in either unit', () => {
    expect(new Date(appleTimeToEpochMs(-86400)!).toISOString()).toBe('2000-12-31T00:00:00.000Z');
    expect(new Date(appleTimeToEpochMs(-86_400_000_000_000n)!).toISOString()).toBe('2000-12-31T00:00:00.000Z');
  });

  // Only the first ten seconds of 2001 are ambiguous (1e10 ns); no message is dated then.
  it('gives the same millisecond for a date written in seconds and in nanoseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 1_500_000_000 }), (seconds) => {
        expect(appleTimeToEpochMs(BigInt(seconds) * 1_000_000_000n)).toBe(appleTimeToEpochMs(seconds));
        expect(appleTimeToEpochMs(seconds * 1e9)).toBe(appleTimeToEpochMs(seconds));
      }),
    );
  });

  it('truncates nanoseconds exactly when given a bigint', () => {
    expect(appleTimeToEpochMs(732159000_123_999_999n)).toBe(Date.parse('2024-03-15T01:30:00.123Z'));
    expect(appleTimeToEpochMs(-86_400_000_000_001n)).toBe(APPLE_EPOCH_MS - 86_400_001);
  });

  it('returns null for values no date can come from', () => {
    expect(appleTimeToEpochMs(Number.NaN)).toBeNull();
    expect(appleTimeToEpochMs(Number.POSITIVE_INFINITY)).toBeNull();
    expect(appleTimeToEpochMs(1e300)).toBeNull();
    expect(appleTimeToEpochMs(2n ** 100n)).toBeNull();
  });
});
