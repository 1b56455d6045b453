// SPDX-License-Identifier: MIT
// The time zone CSV, JSON and vMessage times are read in. These formats write wall-clock times
// without an offset, so the zone of the phone that wrote them decides the instant; the machine's own
// zone is the likeliest, the others are those of the users the app is written for.
import type { Locale } from '../i18n/translate';

export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'UTC',
] as const;

export function machineTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // A runtime without time zone data knows no zone but UTC.
    return 'UTC';
  }
}

/** The machine's zone first, then the common ones, each once. */
export function timeZoneChoices(machine: string): string[] {
  return [...new Set([machine, ...COMMON_TIME_ZONES])];
}

/** "Asia/Shanghai (China Standard Time)": the IANA name, which is what is stored, and a readable one. */
export function timeZoneLabel(locale: Locale, zone: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((p) => p.type === 'timeZoneName');
    if (!part || part.value === zone) return zone;
    return locale === 'zh-CN' ? `${zone}（${part.value}）` : `${zone} (${part.value})`;
  } catch {
    return zone;
  }
}
