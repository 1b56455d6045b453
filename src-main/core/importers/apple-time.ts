// SPDX-License-Identifier: MIT
// Apple's "absolute time" counts from 2001-01-01 00:00:00 UTC. Messages' chat.db/sms.db stores it in
// seconds up to iOS 10 / macOS 10.12 and in nanoseconds from iOS 11 / macOS 10.13 on, and a
// database carried across upgrades can hold both, so the unit is decided value by value.
import { isRepresentableTime } from '../import/time-sanity';

/** 2001-01-01T00:00:00Z in Unix epoch ms. */
export const APPLE_EPOCH_MS = Date.UTC(2001, 0, 1);

// 1e10 seconds is the year 2317 and 1e10 nanoseconds is ten seconds after the epoch: no real
// message date falls on the wrong side in either unit.
const NANOSECOND_THRESHOLD = 1e10;

/**
 * Unix epoch ms for an Apple absolute time in seconds or nanoseconds. A number above 2^53 (any
 * nanosecond date) has already lost a few tens of nanoseconds to double precision, far below a
 * millisecond; pass a bigint for exact results. Returns null when the result is not a usable
 * integer (NaN, or garbage so large that no date could be meant, past what a JS Date holds).
 */
export function appleTimeToEpochMs(value: number | bigint): number | null {
  let ms: number;
  if (typeof value === 'bigint') {
    const magnitude = value < 0n ? -value : value;
    ms =
      magnitude >= BigInt(NANOSECOND_THRESHOLD)
        ? APPLE_EPOCH_MS + Number(floorDiv(value, 1_000_000n))
        : APPLE_EPOCH_MS + Number(value) * 1000;
  } else {
    ms =
      Math.abs(value) >= NANOSECOND_THRESHOLD
        ? APPLE_EPOCH_MS + Math.floor(value / 1e6)
        : APPLE_EPOCH_MS + Math.floor(value * 1000);
  }
  // A safe integer is not enough: -8.64e21 ns lands 1 ms before the first instant a Date can hold
  // (found by tests/fuzz/time-parsers.fuzz.ts).
  return isRepresentableTime(ms) ? ms : null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
