// SPDX-License-Identifier: MIT
// A review's times are ISO 8601 with the zone's offset; a datetime-local input shows and takes the
// wall-clock time in the review's zone (the phone's), not in this computer's.
import { DateTime } from 'luxon';

/** "2025-04-16T13:09" for the input, or '' when there is no time or it is not readable. */
export function wallClockOf(iso: string | null, timeZone: string): string {
  if (iso === null) return '';
  const time = DateTime.fromISO(iso, { setZone: true });
  if (!time.isValid) return '';
  return time.setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant the input's wall-clock time names in the zone, as ISO 8601 with the offset the
 * commit reads back; null when the input was cleared or holds no real time.
 */
export function isoOfWallClock(value: string, timeZone: string): string | null {
  if (value.trim() === '') return null;
  const time = DateTime.fromISO(value, { zone: timeZone });
  if (!time.isValid) return null;
  return time.toISO({ suppressMilliseconds: true });
}
