// SPDX-License-Identifier: MIT
// The review document carries times as ISO 8601 text a person can read and edit ("2025-04-16T13:09:00+08:00").
// Both directions live here so that what the draft writes is exactly what the commit reads back.
import { DateTime, IANAZone } from 'luxon';

/** An instant as ISO 8601 with the zone's offset, whole seconds. */
export function isoInZone(ms: number, timeZone: string): string {
  return DateTime.fromMillis(ms, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}

/**
 * The instant an ISO 8601 time names, or null when it is not one. A time typed without an offset
 * is a wall-clock time in the review's zone.
 */
export function instantOfIso(text: string, timeZone: string): number | null {
  const t = DateTime.fromISO(text.trim(), { zone: timeZone });
  return t.isValid ? t.toMillis() : null;
}

/** Local midnight of a YYYY-MM-DD day, or null when the day or the zone is not real. */
export function midnightOf(date: string, timeZone: string): number | null {
  const t = DateTime.fromISO(date, { zone: timeZone });
  return t.isValid && /^\d{4}-\d{2}-\d{2}$/.test(date) ? t.startOf('day').toMillis() : null;
}

export function isKnownZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}
