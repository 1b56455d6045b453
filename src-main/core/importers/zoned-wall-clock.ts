// SPDX-License-Identifier: MIT
// A wall-clock time in an IANA zone as UTC epoch ms, fast enough for a million rows. Asking luxon
// for every row costs ~10 µs in Intl.DateTimeFormat; but a zone's offset only changes at DST and
// rule changes, so it is asked once per local hour and cached. An hour in which the offset changes
// (a DST gap or overlap) is not cached and every time in it goes to luxon, so the results are
// exactly luxon's.
import { DateTime } from 'luxon';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MAX_CACHED_HOURS = 100_000;
const HOUR_MS = 3_600_000;
/** Offset in minutes of each local hour seen, or null for an hour luxon must answer minute by minute. */
const hourOffsets = new Map<string, number | null>();

/** The clock read as if it were UTC, or null when it is not a real date and time. */
function asUtc(c: WallClock): number | null {
  if (c.year < 1000 || c.year > 9999 || c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) return null;
  if (c.hour < 0 || c.hour > 23 || c.minute < 0 || c.minute > 59 || c.second < 0 || c.second > 59) return null;
  if (c.millisecond < 0 || c.millisecond > 999) return null;
  const ms = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond);
  // Date.UTC rolls 30 February over into March; a date that does not exist is no time.
  return new Date(ms).getUTCDate() === c.day ? ms : null;
}

function offsetOfHour(c: WallClock, zone: string, hourStart: number): number | null {
  const at = (minute: number, second: number, millisecond: number) =>
    DateTime.fromObject({ year: c.year, month: c.month, day: c.day, hour: c.hour, minute, second, millisecond }, { zone });
  const start = at(0, 0, 0);
  const end = at(59, 59, 999);
  if (!start.isValid || !end.isValid) return null;
  const offset = start.offset;
  const fits = end.offset === offset && start.toMillis() === hourStart - offset * 60_000 && end.toMillis() === hourStart + HOUR_MS - 1 - offset * 60_000;
  return fits ? offset : null;
}

export function zonedWallClock(c: WallClock, zone: string): number | null {
  const local = asUtc(c);
  if (local === null) return null;
  const hourStart = local - (((local % HOUR_MS) + HOUR_MS) % HOUR_MS);
  const key = `${zone}\u0000${hourStart}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    offset = offsetOfHour(c, zone, hourStart);
    if (hourOffsets.size >= MAX_CACHED_HOURS) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  if (offset !== null) return local - offset * 60_000;
  const time = DateTime.fromObject({ ...c }, { zone });
  return time.isValid ? time.toMillis() : null;
}

/** A wall-clock time written with its own UTC offset. */
export function offsetWallClock(c: WallClock, offsetMinutes: number): number | null {
  const local = asUtc(c);
  return local === null ? null : local - offsetMinutes * 60_000;
}
