// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { brushToRange, clampRange, DAY_MS, HOUR_MS, paddedDomain, panRange, rangeToBrush, timeScale, zoomRange } from '../../../src-renderer/state/time-scale';

// The demo's story runs over about four months of 2024.
const DOMAIN = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 4, 1) };
const SPAN = DOMAIN.to - DOMAIN.from;

describe('time scale', () => {
  it('maps the range onto the width and back', () => {
    const scale = timeScale(DOMAIN, 1000);
    expect(scale.x(DOMAIN.from)).toBe(0);
    expect(scale.x(DOMAIN.to)).toBe(1000);
    expect(scale.x(DOMAIN.from + SPAN / 4)).toBeCloseTo(250);
    expect(scale.time(500)).toBeCloseTo(DOMAIN.from + SPAN / 2);
  });

  it('puts everything in the middle for a range of no length instead of dividing by zero', () => {
    const scale = timeScale({ from: DOMAIN.from, to: DOMAIN.from }, 600);
    expect(scale.x(DOMAIN.from + DAY_MS)).toBe(300);
  });
});

describe('brush', () => {
  it('turns a drag from right to left into the same range as left to right', () => {
    const a = brushToRange(DOMAIN, 1000, 200, 400);
    const b = brushToRange(DOMAIN, 1000, 400, 200);
    expect(a).toEqual(b);
    expect(a.from).toBeCloseTo(DOMAIN.from + SPAN * 0.2);
    expect(a.to).toBeCloseTo(DOMAIN.from + SPAN * 0.4);
  });

  it('cuts a drag that leaves the chart at the chart edges', () => {
    const range = brushToRange(DOMAIN, 1000, -50, 1200);
    expect(range).toEqual(DOMAIN);
  });

  it('widens a tiny drag to an hour around its middle', () => {
    const range = brushToRange(DOMAIN, 1000, 500, 500.0001);
    expect(range.to - range.from).toBe(HOUR_MS);
    // A ten-thousandth of a pixel is about a second on this overview.
    expect(Math.abs((range.from + range.to) / 2 - (DOMAIN.from + SPAN / 2))).toBeLessThan(1000);
  });

  it('draws the brush where the range lies on the overview', () => {
    const brush = rangeToBrush(DOMAIN, 800, { from: DOMAIN.from + SPAN / 2, to: DOMAIN.to });
    expect(brush.x).toBeCloseTo(400);
    expect(brush.width).toBeCloseTo(400);
  });
});

describe('zoom and pan', () => {
  it('halves the range around its middle when zooming in', () => {
    const range = zoomRange(DOMAIN, DOMAIN, 0.5);
    expect(range.to - range.from).toBeCloseTo(SPAN / 2);
    expect((range.from + range.to) / 2).toBeCloseTo((DOMAIN.from + DOMAIN.to) / 2);
  });

  it('keeps the moment under the pointer in place when zooming around it', () => {
    const range = { from: DOMAIN.from, to: DOMAIN.from + 10 * DAY_MS };
    const centre = DOMAIN.from + 2 * DAY_MS;
    const zoomed = zoomRange(range, DOMAIN, 0.5, centre);
    expect((centre - zoomed.from) / (zoomed.to - zoomed.from)).toBeCloseTo(0.2);
  });

  it('never zooms out beyond the whole period', () => {
    const range = zoomRange({ from: DOMAIN.to - 10 * DAY_MS, to: DOMAIN.to }, DOMAIN, 100);
    expect(range).toEqual(DOMAIN);
  });

  it('slides back inside the period when panned past its end', () => {
    const range = { from: DOMAIN.to - 10 * DAY_MS, to: DOMAIN.to - 5 * DAY_MS };
    const panned = panRange(range, DOMAIN, 3);
    expect(panned.to).toBe(DOMAIN.to);
    expect(panned.to - panned.from).toBe(5 * DAY_MS);
  });

  it('clamps a range that starts before the period by sliding it, not shrinking it', () => {
    const clamped = clampRange({ from: DOMAIN.from - 3 * DAY_MS, to: DOMAIN.from + 7 * DAY_MS }, DOMAIN);
    expect(clamped).toEqual({ from: DOMAIN.from, to: DOMAIN.from + 10 * DAY_MS });
  });
});

describe('padded domain', () => {
  it('adds at least half a day on both sides so that edge markers are not cut', () => {
    const t = Date.UTC(2024, 2, 9, 10);
    expect(paddedDomain([t], DOMAIN)).toEqual({ from: t - DAY_MS / 2, to: t + DAY_MS / 2 });
  });

  it('falls back to the given period when there are no times', () => {
    expect(paddedDomain([], DOMAIN)).toEqual(DOMAIN);
  });
});
