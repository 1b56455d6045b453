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

const DATE_TO_MINUTE: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** Local date and time to the second, 24-hour clock. */
export function formatDateTime(locale: Locale, epochMs: number): string {
  return cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, { ...DATE_TO_MINUTE, second: '2-digit' })).format(epochMs);
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
  return cached(shortDateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, DATE_TO_MINUTE)).format(epochMs);
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the largest unit that keeps it at or above 1, in 1024 steps as file managers show it. */
export function formatBytes(locale: Locale, bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "内容和时间" / "Text and Time": a short list of names in running text. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return cached(listFormats, locale, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
