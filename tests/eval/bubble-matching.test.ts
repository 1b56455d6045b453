// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { centreInside, intersectionOverUnion, matchBubbles } from './bubble-matching';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('bubble matching', () => {
  it('scores identical boxes 1 and disjoint boxes 0', () => {
    expect(intersectionOverUnion(box(10, 10, 100, 50), box(10, 10, 100, 50))).toBe(1);
    expect(intersectionOverUnion(box(0, 0, 10, 10), box(20, 20, 10, 10))).toBe(0);
  });

  it('accepts a found box trimmed inside the bubble by its centre', () => {
    const truth = box(40, 600, 780, 300);
    const trimmed = box(80, 640, 300, 60);
    expect(intersectionOverUnion(truth, trimmed)).toBeLessThan(0.5);
    expect(centreInside(trimmed, truth)).toBe(true);
    expect(matchBubbles([truth], [trimmed])).toEqual([0]);
  });

  it('uses each found box once and leaves a missed bubble unmatched', () => {
    const truth = [box(40, 100, 500, 120), box(600, 240, 300, 80), box(40, 340, 400, 80)];
    const found = [box(598, 238, 304, 84), box(42, 102, 496, 116)];
    expect(matchBubbles(truth, found)).toEqual([1, 0, null]);
  });

  it('does not match a box that only grazes the bubble', () => {
    expect(matchBubbles([box(0, 0, 100, 100)], [box(90, 90, 100, 100)])).toEqual([null]);
  });
});
