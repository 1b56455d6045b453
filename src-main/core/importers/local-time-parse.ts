// SPDX-License-Identifier: MIT
// Times as exports write them: wall-clock text in the phone's zone (`2025/4/16 13:09`,
// `2025年4月16日 下午1:09`, `16.04.2025 13:09:12`), ISO 8601 with or without an offset, RFC 2822,
// or epoch seconds/milliseconds. A wall-clock time is read in the import's IANA zone; an offset
// written in the value wins over it.
import { DateTime } from 'luxon';
import { LeaklineError } from '../errors';
import { isRepresentableTime } from '../import/time-sanity';
import { offsetWallClock, zonedWallClock } from './zoned-wall-clock';

/** The zone of the machine, which is the user's unless they say otherwise. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone to read wall-clock times in; an unknown name is the caller's mistake, not the file's. */
export function resolveTimeZone(zone: string | undefined): string {
  const name = zone ?? machineTimeZone();
  if (!DateTime.now().setZone(name).isValid) {
    throw new LeaklineError('BAD_REQUEST', `unknown time zone ${name} (use an IANA name such as Asia/Shanghai or UTC)`);
  }
  return name;
}

/** `timeFormat` values that are not luxon patterns. */
export const EPOCH_SECONDS = 'epoch-s';
export const EPOCH_MILLISECONDS = 'epoch-ms';

const NUMBER = /^\d+(?:\.\d+)?$/;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const ISO_LIKE = /^\d{4}-?\d{2}-?\d{2}T/;
const RFC_2822_LIKE = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s/;
const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})/;
const CLOCK =
  /^(?:\s*T)?\s*(上午|凌晨|早上|下午|晚上)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,](\d{1,9}))?\s*秒?)?\s*(am|a\.m\.|pm|p\.m\.)?/i;
const OFFSET = /^\s*(?:(Z)|(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?|(UTC|GMT))\s*$/i;
const MORNING = new Set(['上午', '凌晨', '早上', 'am', 'a.m.']);

/**
 * Seconds or milliseconds by magnitude: 1e11 ms is March 1973 and 1e11 s is in the year 5138, so a
 * smaller number is seconds. Below 1e8 s (1973) a number is not a plausible message time.
 */
function epochMs(text: string): number | null {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 1e8 || n >= 1e14) return null;
  return Math.round(n < 1e11 ? n * 1000 : n);
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function hour12(hour: number, marker: string | undefined): number {
  if (marker === undefined) return hour;
  if (hour < 1 || hour > 12) return -1;
  const morning = MORNING.has(marker.toLowerCase());
  if (hour === 12) return morning ? 0 : 12;
  return morning ? hour : hour + 12;
}

/** The clock part after a date (empty: midnight) and what follows it. */
function readClock(rest: string): { clock: Clock; rest: string } | null {
  if (rest.trim() === '') return { clock: { hour: 0, minute: 0, second: 0, millisecond: 0 }, rest: '' };
  const m = CLOCK.exec(rest);
  if (!m) return null;
  const hour = hour12(Number(m[2]), m[1] ?? m[6]);
  const fraction = m[5] ? Number(m[5].slice(0, 3).padEnd(3, '0')) : 0;
  return { clock: { hour, minute: Number(m[3]), second: Number(m[4] ?? 0), millisecond: fraction }, rest: rest.slice(m[0].length) };
}

/**
 * The UTC offset in minutes an explicit offset after the clock gives, `zone` when there is none,
 * null when the tail is not an offset.
 */
function readOffset(rest: string): number | 'zone' | null {
  if (rest.trim() === '') return 'zone';
  const m = OFFSET.exec(rest);
  if (!m) return null;
  if (m[1] || m[5]) return 0;
  const hours = Number(m[3]);
  const minutes = Number(m[4] ?? 0);
  if (hours > 18 || minutes > 59) return null;
  return (m[2] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function wallClock(year: number, month: number, day: number, rest: string, zone: string): number | null {
  const clock = readClock(rest);
  if (!clock) return null;
  const offset = readOffset(clock.rest);
  if (offset === null) return null;
  const fields = { year, month, day, ...clock.clock };
  return offset === 'zone' ? zonedWallClock(fields, zone) : offsetWallClock(fields, offset);
}

/**
 * `dd.MM.yyyy` is day first (Nokia, Europe); with slashes the US order `MM/dd/yyyy` is assumed
 * unless the first number cannot be a month. A file where that guess is wrong for some rows needs
 * an explicit format, which the CSV inference sets when any sample row is day first.
 */
function yearLast(m: RegExpExecArray, rest: string, zone: string): number | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dayFirst = m[2] === '.' || a > 12;
  return wallClock(Number(m[4]), dayFirst ? b : a, dayFirst ? a : b, rest, zone);
}

function detectAndParse(text: string, zone: string): number | null {
  if (NUMBER.test(text)) {
    const compact = COMPACT.exec(text);
    if (compact) {
      const [, year, month, day, hour, minute, second] = compact.map(Number) as number[];
      const time = zonedWallClock({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second!, millisecond: 0 }, zone);
      if (time !== null) return time;
    }
    return epochMs(text);
  }
  const ymd = YEAR_FIRST.exec(text);
  if (ymd) {
    const time = wallClock(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), text.slice(ymd[0].length), zone);
    if (time !== null) return time;
  }
  // ISO 8601 forms the pattern above does not cover: basic (20250416T050912Z), week and ordinal dates.
  if (ISO_LIKE.test(text)) {
    const iso = DateTime.fromISO(text, { zone });
    return iso.isValid ? iso.toMillis() : null;
  }
  if (RFC_2822_LIKE.test(text)) {
    const rfc = DateTime.fromRFC2822(text, { zone });
    return rfc.isValid ? rfc.toMillis() : null;
  }
  const ylast = YEAR_LAST.exec(text);
  if (ylast) return yearLast(ylast, text.slice(ylast[0].length), zone);
  return null;
}

/**
 * UTC epoch ms for a time as written, or null when it is not one. `format` is a luxon pattern
 * (`yyyy-MM-dd HH:mm:ss`), `epoch-s`, `epoch-ms`, or null to recognise the common forms.
 */
export function parseLocalTime(value: string, zone: string, format: string | null = null): number | null {
  const text = value.trim();
  if (text === '') return null;
  if (format === null) return detectAndParse(text, zone);
  if (format === EPOCH_SECONDS || format === EPOCH_MILLISECONDS) {
    if (!NUMBER.test(text)) return null;
    // A 20-digit value is no epoch time; unchecked it overflowed to Infinity or past any Date
    // (found by tests/fuzz/csv-mapper.fuzz.ts).
    const ms = Math.round(Number(text) * (format === EPOCH_SECONDS ? 1000 : 1));
    return isRepresentableTime(ms) ? ms : null;
  }
  const time = DateTime.fromFormat(text, format, { zone });
  return time.isValid ? time.toMillis() : null;
}
