// SPDX-License-Identifier: MIT
// Time ↔ pixels for the timeline, and the range the user picks by brushing, zooming or panning.
// Kept free of the DOM so that the brush's arithmetic is tested on its own.

export interface TimeRange {
  from: number;
  to: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Narrower than an hour shows nothing a user could tell apart. */
export const MIN_SPAN_MS = HOUR_MS;

export interface TimeScale {
  x(time: number): number;
  time(x: number): number;
}

/** A linear scale from `range` onto [0, width]; a zero-length range maps everything to the middle. */
export function timeScale(range: TimeRange, width: number): TimeScale {
  const span = range.to - range.from;
  if (span <= 0 || width <= 0) return { x: () => width / 2, time: () => range.from };
  return {
    x: (time) => ((time - range.from) / span) * width,
    time: (x) => range.from + (x / width) * span,
  };
}

/** Keeps `range` inside `domain` by sliding it, and never wider than the domain nor narrower than `minSpan`. */
export function clampRange(range: TimeRange, domain: TimeRange, minSpan = MIN_SPAN_MS): TimeRange {
  const domainSpan = Math.max(0, domain.to - domain.from);
  const asked = range.to - range.from;
  const span = Math.min(Math.max(asked, Math.min(minSpan, domainSpan)), domainSpan);
  // A range widened to the minimum grows around its middle, not to the right.
  const wanted = asked === span ? range.from : (range.from + range.to) / 2 - span / 2;
  const from = Math.min(Math.max(wanted, domain.from), domain.to - span);
  return { from, to: from + span };
}

/** The range a drag from x0 to x1 on the overview (which shows `domain` over `width`) selects. */
export function brushToRange(domain: TimeRange, width: number, x0: number, x1: number, minSpan = MIN_SPAN_MS): TimeRange {
  const scale = timeScale(domain, width);
  const left = Math.max(0, Math.min(x0, x1, width));
  const right = Math.min(width, Math.max(x0, x1, 0));
  return clampRange({ from: scale.time(left), to: scale.time(right) }, domain, minSpan);
}

/** The brush rectangle that shows `range` on the overview. */
export function rangeToBrush(domain: TimeRange, width: number, range: TimeRange): { x: number; width: number } {
  const scale = timeScale(domain, width);
  const x0 = Math.max(0, scale.x(range.from));
  const x1 = Math.min(width, scale.x(range.to));
  return { x: x0, width: Math.max(0, x1 - x0) };
}

/** Zooms by `factor` (below 1 in, above 1 out) around `center`, which stays where it is on screen. */
export function zoomRange(range: TimeRange, domain: TimeRange, factor: number, center = (range.from + range.to) / 2): TimeRange {
  const from = center - (center - range.from) * factor;
  const to = center + (range.to - center) * factor;
  return clampRange({ from, to }, domain);
}

/** Slides the range by a fraction of its own width (negative: back in time). */
export function panRange(range: TimeRange, domain: TimeRange, fraction: number): TimeRange {
  const shift = (range.to - range.from) * fraction;
  return clampRange({ from: range.from + shift, to: range.to + shift }, domain);
}

/** The whole period with a little air on both sides, so that the first and last markers are not cut in half. */
export function paddedDomain(times: readonly number[], fallback: TimeRange): TimeRange {
  if (times.length === 0) return fallback;
  let from = Infinity;
  let to = -Infinity;
  for (const t of times) {
    if (t < from) from = t;
    if (t > to) to = t;
  }
  const pad = Math.max((to - from) * 0.02, DAY_MS / 2);
  return { from: from - pad, to: to + pad };
}
