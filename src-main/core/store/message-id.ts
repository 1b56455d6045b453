// SPDX-License-Identifier: MIT
// Message ids are ordered by time: id = second × 2^20 + sequence within that second. The table's
// rowid order is then time order, so "newest first" is a walk of the primary key, and the search
// index (whose rowid is the message id) can return its newest matches first and stop after a
// page instead of collecting every match and sorting it. Seconds × 2^20 stays below 2^53 until
// the year 2242, so ids remain exact JavaScript numbers.

export const SLOTS_PER_SECOND = 2 ** 20;
const MAX_SECOND = Math.floor((Number.MAX_SAFE_INTEGER - SLOTS_PER_SECOND) / SLOTS_PER_SECOND);

/** The second a time falls in, clamped so that absurd times still get a valid id. */
export function idSecond(timeMs: number): number {
  const s = Math.floor(timeMs / 1000);
  return Number.isFinite(s) ? Math.min(Math.max(s, 1), MAX_SECOND) : 1;
}

/** The first id of the second that contains timeMs (inclusive lower bound for range queries). */
export function firstIdAt(timeMs: number): number {
  return idSecond(timeMs) * SLOTS_PER_SECOND;
}
