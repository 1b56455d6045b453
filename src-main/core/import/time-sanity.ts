// SPDX-License-Identifier: MIT

/** JavaScript dates span ±8.64e15 ms from 1970; anything beyond cannot be a moment at all. */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * A time an importer may hand on: an integer a Date can hold. Anything else (a 20-digit "date", a
 * number that overflowed to Infinity) breaks every later use of the time, so it is no time.
 */
export function isRepresentableTime(ms: number): boolean {
  return Number.isSafeInteger(ms) && Math.abs(ms) <= MAX_EPOCH_MS;
}

// Text messaging began in 1992; a time before 1995 is a zero or garbage date (1970 epoch, a
// seconds value read as ms). A time more than two days past the import is a clock or unit error.
const EARLIEST_PLAUSIBLE = Date.UTC(1995, 0, 1);
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

/** True when a message's time cannot be right; such messages are kept and flagged, never dropped. */
export function isSuspectTime(time: number, now: number = Date.now()): boolean {
  return !Number.isFinite(time) || time < EARLIEST_PLAUSIBLE || time > now + FUTURE_SLACK_MS;
}
