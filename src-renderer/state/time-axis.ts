// SPDX-License-Identifier: MIT
// Axis ticks at round moments (midnight, the first of a month, New Year) in the zone the user
// reads the timeline in: the machine's local time or UTC. A collection text sent at 23:30 in
// Beijing is on the 2nd locally and on the 1st in UTC, and the ticks must agree with the labels.
import type { TimeRange } from './time-scale';
import { DAY_MS, HOUR_MS } from './time-scale';

export type TimeBasis = 'local' | 'utc';

type Unit = 'hour' | 'day' | 'month' | 'year';
interface Step {
  unit: Unit;
  count: number;
  /** Roughly, to choose the step; the ticks themselves are computed on the calendar. */
  approxMs: number;
}

const STEPS: Step[] = [
  { unit: 'hour', count: 1, approxMs: HOUR_MS },
  { unit: 'hour', count: 3, approxMs: 3 * HOUR_MS },
  { unit: 'hour', count: 6, approxMs: 6 * HOUR_MS },
  { unit: 'hour', count: 12, approxMs: 12 * HOUR_MS },
  { unit: 'day', count: 1, approxMs: DAY_MS },
  { unit: 'day', count: 2, approxMs: 2 * DAY_MS },
  { unit: 'day', count: 7, approxMs: 7 * DAY_MS },
  { unit: 'month', count: 1, approxMs: 30 * DAY_MS },
  { unit: 'month', count: 3, approxMs: 91 * DAY_MS },
  { unit: 'month', count: 6, approxMs: 182 * DAY_MS },
  { unit: 'year', count: 1, approxMs: 365 * DAY_MS },
  { unit: 'year', count: 5, approxMs: 5 * 365 * DAY_MS },
  { unit: 'year', count: 10, approxMs: 10 * 365 * DAY_MS },
];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
}

function partsOf(time: number, basis: TimeBasis): Parts {
  const d = new Date(time);
  return basis === 'utc'
    ? { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours() }
    : { year: d.getFullYear(), month: d.getMonth(), day: d.getDate(), hour: d.getHours() };
}

function timeOf(p: Parts, basis: TimeBasis): number {
  return basis === 'utc' ? Date.UTC(p.year, p.month, p.day, p.hour) : new Date(p.year, p.month, p.day, p.hour).getTime();
}

/** The round moment of `step` at or before `time`. */
function floorTo(time: number, step: Step, basis: TimeBasis): Parts {
  const p = partsOf(time, basis);
  switch (step.unit) {
    case 'hour':
      return { ...p, hour: p.hour - (p.hour % step.count) };
    case 'day':
      // Weeks start on the 1st, 8th, 15th, 22nd: calendar-stable and easy to read.
      return { ...p, day: p.day - ((p.day - 1) % step.count), hour: 0 };
    case 'month':
      return { year: p.year, month: p.month - (p.month % step.count), day: 1, hour: 0 };
    case 'year':
      return { year: p.year - (p.year % step.count), month: 0, day: 1, hour: 0 };
  }
}

function advance(p: Parts, step: Step): Parts {
  switch (step.unit) {
    case 'hour':
      return { ...p, hour: p.hour + step.count };
    case 'day':
      return step.count === 7 && p.day >= 22 ? { ...p, month: p.month + 1, day: 1 } : { ...p, day: p.day + step.count };
    case 'month':
      return { ...p, month: p.month + step.count };
    case 'year':
      return { ...p, year: p.year + step.count };
  }
}

export interface Tick {
  time: number;
  label: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function labelOf(time: number, step: Step, basis: TimeBasis): string {
  const p = partsOf(time, basis);
  if (step.unit === 'year') return String(p.year);
  if (step.unit === 'month') return `${p.year}-${pad(p.month + 1)}`;
  if (step.unit === 'day') return `${pad(p.month + 1)}-${pad(p.day)}`;
  return `${pad(p.month + 1)}-${pad(p.day)} ${pad(p.hour)}:00`;
}

/** At most `maxTicks` ticks inside the range, on the finest calendar step that fits. */
export function axisTicks(range: TimeRange, maxTicks: number, basis: TimeBasis): Tick[] {
  const span = range.to - range.from;
  if (!(span > 0) || maxTicks < 1) return [];
  const step = STEPS.find((s) => span / s.approxMs <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const ticks: Tick[] = [];
  let parts = floorTo(range.from, step, basis);
  let time = timeOf(parts, basis);
  // The guard bounds the loop whatever the calendar does (DST gaps can repeat an hour).
  for (let guard = 0; time <= range.to && guard < maxTicks * 3 + 10; guard += 1) {
    if (time >= range.from && (ticks.length === 0 || time > ticks[ticks.length - 1]!.time)) ticks.push({ time, label: labelOf(time, step, basis) });
    parts = advance(parts, step);
    time = timeOf(parts, basis);
  }
  return ticks;
}

/** A moment as the timeline shows it: `YYYY-MM-DD HH:mm`, and ` UTC` when read in UTC. */
export function formatMoment(time: number, basis: TimeBasis): string {
  const p = partsOf(time, basis);
  const minutes = basis === 'utc' ? new Date(time).getUTCMinutes() : new Date(time).getMinutes();
  const text = `${p.year}-${pad(p.month + 1)}-${pad(p.day)} ${pad(p.hour)}:${pad(minutes)}`;
  return basis === 'utc' ? `${text} UTC` : text;
}
