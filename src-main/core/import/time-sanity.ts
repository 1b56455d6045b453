// SPDX-License-Identifier: MIT

// Text messaging began in 1992; a time before 1995 is a zero or garbage date (1970 epoch, a
// seconds value read as ms). A time more than two days past the import is a clock or unit error.
const EARLIEST_PLAUSIBLE = Date.UTC(1995, 0, 1);
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

/** True when a message's time cannot be right; such messages are kept and flagged, never dropped. */
export function isSuspectTime(time: number, now: number = Date.now()): boolean {
  return !Number.isFinite(time) || time < EARLIEST_PLAUSIBLE || time > now + FUTURE_SLACK_MS;
}
