// SPDX-License-Identifier: MIT
// Numbers and times for display. Intl formatters are costly to build and the message list
// formats a time per visible row, so one formatter per locale and style is kept.
import type { Locale } from './translate';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached<F>(map: Map<Locale, F>, locale: Locale, build: () => F): F {
  let format = map.get(locale);
  if (!format) {
    format = build();
    map.set(locale, format);
  }
  return format;
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** Local date and time to the second, 24-hour clock. */
export function formatDateTime(locale: Locale, epochMs: number): string {
  return cached(dateTimeFormats, locale, () =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }),
  ).format(epochMs);
}

export function formatDate(locale: Locale, epochMs: number): string {
  return cached(dateFormats, locale, () =>
    new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(epochMs);
}

/** UTC in ISO 8601 without milliseconds: the same text whatever the locale, good for comparing. */
export function formatUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatDateRange(locale: Locale, first: number | null, last: number | null): string | null {
  if (first === null || last === null) return null;
  return `${formatDate(locale, first)} – ${formatDate(locale, last)}`;
}

/** Last segment of a path written on Windows or POSIX. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

const shortDateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Local date and time to the minute, for list rows where space is short. */
export function formatShortDateTime(locale: Locale, epochMs: number): string {
  return cached(shortDateTimeFormats, locale, () =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ).format(epochMs);
}
