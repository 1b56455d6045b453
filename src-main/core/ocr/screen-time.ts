// SPDX-License-Identifier: MIT
// The time separators message apps draw between bubbles ("昨天 09:41", "4月16日 下午1:09",
// "Tuesday 6:20 PM") as an instant. A screenshot only says "yesterday" relative to the day it was
// taken, so relative forms are resolved against a reference date the user confirms, in the
// user's zone; the text as read is kept so the user can check what the machine made of it.
import { IANAZone } from 'luxon';
import { LeaklineError } from '../errors';
import { zonedWallClock } from '../importers/zoned-wall-clock';
import { DAY_PERIOD, hourOfPeriod, MONTH_NAME, monthNumber, RELATIVE_DAY, relativeDayOffset, WEEKDAY_NAME, weekdayNumber } from './screen-time-words';

export interface ScreenTimeReference {
  /** YYYY-MM-DD, the day the screenshot was taken. */
  date: string;
  /** IANA zone of the phone. */
  timeZone: string;
}

export interface ScreenTime {
  /** Epoch ms, or null when the text is shaped like a separator but names no real time (2月30日, 25:10). */
  time: number | null;
  /** The separator as read, trimmed. */
  text: string;
  /** 'day' when the separator shows a date without a clock; the time is then local midnight. */
  precision: 'minute' | 'day';
  /** True when the reference date decided the day or the year (今天, 星期二, 13:09, 4月16日). */
  relative: boolean;
}

type DatePart =
  | { kind: 'calendar'; year: number | null; month: number; day: number }
  | { kind: 'offset'; days: number }
  | { kind: 'weekday'; weekday: number };

interface ClockPart {
  hour: number | null;
  minute: number;
}

interface CivilDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

// Every pattern is sticky: the grammar reads the line left to right, one part after another.
const SEPARATOR = /(?:[\s,、·•]|at(?![a-z]))*/iy;
const WEEKDAY = new RegExp(`(${WEEKDAY_NAME})(?![a-z])\\.?`, 'iy');
const RELATIVE = new RegExp(`(${RELATIVE_DAY})(?![a-z])`, 'iy');
const ZH_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/y;
const YEAR_FIRST = /(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/y;
const YEAR_LAST = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/y;
/** "04-16" and "4/16" without a year, read only when a clock follows (a bare "1/2" is no date). */
const MONTH_DAY = /(\d{1,2})([-/])(\d{1,2})(?![\d/-])/y;
const EN_MONTH_FIRST = new RegExp(`(${MONTH_NAME})(?![a-z])\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*,?\\s*(\\d{4})(?![\\d:]))?`, 'iy');
const EN_DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s*(${MONTH_NAME})(?![a-z])\\.?(?:\\s*,?\\s*(\\d{4})(?![\\d:]))?`, 'iy');
const CLOCK = new RegExp(
  `(?:(${DAY_PERIOD})\\s*)?(\\d{1,2})\\s*[:;]\\s*(\\d{2})(?:\\s*:\\s*\\d{2})?(?:\\s*([ap])\\.?\\s*m(?![a-z])\\.?)?`,
  'iy',
);

/** Full-width digits, letters and colons (１３：０９) as ASCII, odd spaces (U+202F before iOS's AM) as spaces. */
function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2236\ufe55]/g, ':')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .trim();
}

class Reader {
  pos = 0;
  constructor(readonly s: string) {}

  read(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (m) this.pos = re.lastIndex;
    return m;
  }

  skipSeparators(): void {
    this.read(SEPARATOR);
  }

  get done(): boolean {
    return this.pos >= this.s.length;
  }
}

/** Two-digit years on a phone screen are this century's. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function readCalendar(r: Reader, clockFollows: () => boolean): DatePart | null {
  let m = r.read(ZH_DATE);
  if (m) return { kind: 'calendar', year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  m = r.read(YEAR_FIRST);
  if (m) return { kind: 'calendar', year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  m = r.read(YEAR_LAST);
  if (m) {
    // US order with slashes unless the first number cannot be a month; dots and dashes are day first.
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] !== '/' || a > 12;
    return { kind: 'calendar', year: fullYear(m[4]!), month: dayFirst ? b : a, day: dayFirst ? a : b };
  }
  m = r.read(EN_MONTH_FIRST) ?? r.read(EN_DAY_FIRST);
  if (m) {
    const named = /^\d/.test(m[1]!) ? { month: m[2]!, day: m[1]! } : { month: m[1]!, day: m[2]! };
    return { kind: 'calendar', year: m[3] ? Number(m[3]) : null, month: monthNumber(named.month), day: Number(named.day) };
  }
  const start = r.pos;
  m = r.read(MONTH_DAY);
  if (m) {
    if (clockFollows()) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return a > 12 ? { kind: 'calendar', year: null, month: b, day: a } : { kind: 'calendar', year: null, month: a, day: b };
    }
    r.pos = start;
  }
  return null;
}

function readClock(r: Reader): ClockPart | null {
  const m = r.read(CLOCK);
  if (!m) return null;
  const minute = Number(m[3]);
  const hour = minute > 59 ? null : hourOfPeriod(Number(m[2]), m[1] ?? m[4]);
  return { hour, minute };
}

/** Separator grammar: [weekday] [date | 今天/Yesterday] [weekday] [clock], at least one of them. */
function readSeparator(text: string): { date: DatePart | null; clock: ClockPart | null } | null {
  const r = new Reader(text);
  const clockFollows = () => {
    const save = r.pos;
    r.skipSeparators();
    const found = r.read(CLOCK) !== null;
    r.pos = save;
    return found;
  };
  let weekday: DatePart | null = null;
  const lead = r.read(WEEKDAY);
  if (lead) weekday = { kind: 'weekday', weekday: weekdayNumber(lead[1]!) };
  r.skipSeparators();
  const relative = r.read(RELATIVE);
  let date: DatePart | null = relative ? { kind: 'offset', days: relativeDayOffset(relative[1]!) } : readCalendar(r, clockFollows);
  r.skipSeparators();
  // "4月16日 星期二", "2025/4/16 周三": a weekday after a date only repeats it.
  if (date?.kind === 'calendar' && !weekday && r.read(WEEKDAY)) r.skipSeparators();
  if (!date && weekday) date = weekday;
  const clock = readClock(r);
  r.skipSeparators();
  if (!r.done || (!date && !clock)) return null;
  return { date, clock };
}

function civilDay(year: number, month: number, day: number, addDays = 0): CivilDay | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCDate() !== day) return null;
  const shifted = new Date(ms + addDays * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

const checkedZones = new Set<string>();

function readReference(reference: ScreenTimeReference): CivilDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference.date);
  const day = m ? civilDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!day) throw new LeaklineError('BAD_REQUEST', `reference date ${reference.date} is not a YYYY-MM-DD date`);
  if (!checkedZones.has(reference.timeZone)) {
    if (!IANAZone.isValidZone(reference.timeZone)) {
      throw new LeaklineError('BAD_REQUEST', `unknown time zone ${reference.timeZone} (use an IANA name such as Asia/Shanghai)`);
    }
    checkedZones.add(reference.timeZone);
  }
  return day;
}

/** The calendar day a separator's date part names, and whether the reference decided it. */
function resolveDay(date: DatePart | null, ref: CivilDay): { day: CivilDay | null; relative: boolean } {
  if (date === null) return { day: ref, relative: true };
  if (date.kind === 'offset') return { day: civilDay(ref.year, ref.month, ref.day, date.days), relative: true };
  if (date.kind === 'weekday') {
    const refWeekday = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
    // Apps name the weekday only for the past week, so it is 1-7 days back, never the reference day.
    const back = (refWeekday - date.weekday + 7) % 7 || 7;
    return { day: civilDay(ref.year, ref.month, ref.day, -back), relative: true };
  }
  if (date.year !== null) return { day: civilDay(date.year, date.month, date.day), relative: false };
  // Apps drop the year for dates of the current year, so a month-day later than the reference is last year's.
  const later = date.month > ref.month || (date.month === ref.month && date.day > ref.day);
  const year = later ? ref.year - 1 : ref.year;
  return { day: civilDay(year, date.month, date.day), relative: true };
}

function instant(day: CivilDay | null, clock: ClockPart | null, zone: string): number | null {
  if (day === null) return null;
  if (clock === null) return zonedWallClock({ ...day, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
  if (clock.hour === null) return null;
  // 晚上12点 is hour 24: the midnight that ends the day, i.e. 0 h on the next one.
  const on = clock.hour === 24 ? civilDay(day.year, day.month, day.day, 1) : day;
  if (on === null) return null;
  return zonedWallClock({ ...on, hour: clock.hour % 24, minute: clock.minute, second: 0, millisecond: 0 }, zone);
}

/**
 * The instant a message app's time separator stands for, or null when the text is not a time
 * separator. Throws BAD_REQUEST when the reference is not a real date or a known IANA zone.
 */
export function parseScreenTime(text: string, reference: ScreenTimeReference): ScreenTime | null {
  const ref = readReference(reference);
  const shown = text.trim();
  if (shown === '' || shown.length > 80) return null;
  const parts = readSeparator(normalize(shown));
  if (!parts) return null;
  const { day, relative } = resolveDay(parts.date, ref);
  return {
    time: instant(day, parts.clock, reference.timeZone),
    text: shown,
    precision: parts.clock ? 'minute' : 'day',
    relative,
  };
}
