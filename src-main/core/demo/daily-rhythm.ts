// SPDX-License-Identifier: MIT
// When things happen in a day: picking a moment inside weighted hour windows, and turning the
// plot's 'YYYY-MM-DD HH:MM' into a moment with seconds, as phones record them.
import { chinaTime } from './china-time';
import type { SeededRandom } from './seeded-random';

/** [from, to) in whole hours, China time, and how likely the window is. */
export type HourWindow = readonly [from: number, to: number, weight: number];

export const RHYTHM = {
  codes: [[7, 9, 1], [9, 12, 2], [12, 14, 2], [14, 18, 2], [18, 24, 4]],
  office: [[9, 12, 3], [13, 18, 3]],
  deliveries: [[8, 12, 3], [12, 18, 4], [18, 21, 2]],
  marketing: [[10, 12, 2], [12, 14, 1], [14, 18, 2], [18, 20, 1]],
  personal: [[7, 9, 1], [11, 13, 2], [17, 20, 3], [20, 23, 3]],
  family: [[8, 10, 1], [11, 13, 2], [17, 20, 3], [20, 22, 2]],
  scams: [[9, 12, 2], [14, 18, 2], [18, 22, 1]],
} as const satisfies Record<string, readonly HourWindow[]>;

/** A moment on `day` ('YYYY-MM-DD') inside one of the windows. */
export function timeOnDay(rng: SeededRandom, day: string, windows: readonly HourWindow[]): number {
  const [from, to] = rng.weighted(windows.map((w) => [w, w[2]] as const));
  const minuteOfWindow = rng.int(0, (to - from) * 60 - 1);
  return chinaTime(day, from, 0, rng.int(0, 59), rng.int(0, 999)) + minuteOfWindow * 60_000;
}

/** 'YYYY-MM-DD HH:MM' plus random seconds: the plot fixes the minute, the phone the rest. */
export function timeAtMinute(rng: SeededRandom, at: string): number {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!match) throw new RangeError(`not 'YYYY-MM-DD HH:MM': ${at}`);
  const [, day, hour, minute] = match;
  return chinaTime(day as string, Number(hour), Number(minute), rng.int(0, 59), rng.int(0, 999));
}

/** A moment `min`–`max` minutes after `time`: the next line of a conversation. */
export function minutesLater(rng: SeededRandom, time: number, min: number, max: number): number {
  return time + rng.int(min * 60, max * 60) * 1000 + rng.int(0, 999);
}
