// SPDX-License-Identifier: MIT
// The demo story happens in China time (UTC+8, no daylight saving since 1991), written with
// Date.UTC arithmetic so the output never depends on the machine's time zone or ICU data.

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

export interface ChinaParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** `date` is 'YYYY-MM-DD' in China; returns UTC epoch ms. */
export function chinaTime(date: string, hour: number, minute: number, second = 0, ms = 0): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d), hour, minute, second, ms) - CHINA_OFFSET_MS;
}

export function chinaParts(epochMs: number): ChinaParts {
  const shifted = new Date(epochMs + CHINA_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the China calendar day containing `epochMs`. */
export function chinaDate(epochMs: number): string {
  const p = chinaParts(epochMs);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Every China calendar day from `first` to `last`, both inclusive, as 'YYYY-MM-DD'. */
export function chinaDays(first: string, last: string): string[] {
  const days: string[] = [];
  const end = chinaTime(last, 12, 0);
  for (let t = chinaTime(first, 12, 0); t <= end; t += DAY_MS) days.push(chinaDate(t));
  return days;
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  return chinaDate(chinaTime(date, 12, 0) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((chinaTime(to, 12, 0) - chinaTime(from, 12, 0)) / DAY_MS);
}

/** 'MM月DD日', the two-digit form banks and lenders print. */
export function monthDayPadded(date: string): string {
  const [, m, d] = date.split('-');
  return `${m}月${d}日`;
}

/** 'M月D日', the form people and most platforms write. */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

/**
 * SMS Backup & Restore's `readable_date` is the phone's locale rendering; a zh-CN phone
 * writes the medium date with a 12-hour clock: '2024年1月5日 下午3:12:45'.
 */
export function readableDate(epochMs: number): string {
  const p = chinaParts(epochMs);
  const half = p.hour < 12 ? '上午' : '下午';
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return `${p.year}年${p.month}月${p.day}日 ${half}${hour12}:${pad2(p.minute)}:${pad2(p.second)}`;
}

/** 'HH:MM' in China time. */
export function clock(epochMs: number): string {
  const p = chinaParts(epochMs);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}
