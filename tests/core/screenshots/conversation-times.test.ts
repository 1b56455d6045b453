// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { settleTimes } from '../../../src-main/core/screenshots/conversation-times';

const T = Date.parse('2025-04-16T13:09:00+08:00');
const U = Date.parse('2025-04-16T15:42:00+08:00');
const MIDNIGHT = Date.parse('2025-04-16T00:00:00+08:00');

describe('settleTimes', () => {
  it('keeps known times and spreads bubbles under one separator over its seconds', () => {
    expect(settleTimes([T, T, T, U], () => MIDNIGHT)).toEqual([
      { time: T, estimated: false },
      { time: T + 1000, estimated: false },
      { time: T + 2000, estimated: false },
      { time: U, estimated: false },
    ]);
  });

  it('takes the nearest earlier time, else the nearest later one, and marks both as estimated', () => {
    expect(settleTimes([null, T, null, U, null], () => MIDNIGHT)).toEqual([
      { time: T, estimated: true },
      { time: T + 1000, estimated: false },
      { time: T + 2000, estimated: true },
      { time: U, estimated: false },
      { time: U + 1000, estimated: true },
    ]);
  });

  it('falls back to the reference midnight when no bubble has a time', () => {
    expect(settleTimes([null, null], () => MIDNIGHT)).toEqual([
      { time: MIDNIGHT, estimated: true },
      { time: MIDNIGHT + 1000, estimated: true },
    ]);
  });

  it('stops spreading at the 59th second of the minute', () => {
    const settled = settleTimes(new Array<number>(65).fill(T), () => MIDNIGHT);
    expect(settled[59]!.time).toBe(T + 59_000);
    expect(settled[64]!.time).toBe(T + 59_000);
  });
});
