// SPDX-License-Identifier: MIT
// <input type="date"> yields "YYYY-MM-DD" in the user's calendar; a filter needs epoch ms. The
// day is taken in local time because that is the day the user sees next to each message.

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): { year: number; month: number; day: number } | null {
  const match = DATE_INPUT.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(year, month - 1, day);
  // new Date rolls 2024-02-30 over into March; a value that does not round-trip is no date.
  if (probe.getFullYear() !== year || probe.getMonth() !== month - 1 || probe.getDate() !== day) return null;
  return { year, month, day };
}

/** Local midnight at the start of the day, or undefined for an empty or invalid value. */
export function startOfLocalDay(value: string): number | undefined {
  const parsed = parseDay(value);
  if (!parsed) return undefined;
  return new Date(parsed.year, parsed.month - 1, parsed.day).getTime();
}

/** Local midnight after the day: the filter's exclusive end, so a "to" date includes the whole day. */
export function endOfLocalDay(value: string): number | undefined {
  const parsed = parseDay(value);
  if (!parsed) return undefined;
  return new Date(parsed.year, parsed.month - 1, parsed.day + 1).getTime();
}

/** "YYYY-MM-DD" of an instant in local time, the format a date input's min/max/value take. */
export function toDateInputValue(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
