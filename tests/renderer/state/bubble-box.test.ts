// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { percentBox } from '../../../src-renderer/state/bubble-box';

describe('percentBox', () => {
  it('places a bubble in percent of the screenshot', () => {
    expect(percentBox({ x: 117, y: 506, width: 585, height: 253 }, 1170, 2530)).toEqual({ left: 10, top: 20, width: 50, height: 10 });
  });

  it('cuts a box that runs past the image edge', () => {
    const box = percentBox({ x: 900, y: 2400, width: 600, height: 400 }, 1000, 2500)!;
    expect(box.left).toBe(90);
    expect(box.width).toBeCloseTo(10);
    expect(box.top + box.height).toBeCloseTo(100);
  });

  it('gives null without a box or an image size', () => {
    expect(percentBox(null, 1170, 2532)).toBeNull();
    expect(percentBox({ x: 0, y: 0, width: 10, height: 10 }, 0, 2532)).toBeNull();
  });
});
