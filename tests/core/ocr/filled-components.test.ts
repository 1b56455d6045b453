// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { filledComponents } from '../../../src-main/core/ocr/filled-components';

/** An ink mask with the given pixel rectangles set. */
function mask(width: number, height: number, rects: readonly [number, number, number, number][]): Uint8Array {
  const m = new Uint8Array(width * height);
  for (const [x, y, w, h] of rects) {
    for (let yy = y; yy < y + h; yy++) m.fill(1, yy * width + x, yy * width + x + w);
  }
  return m;
}

/** A rounded rectangle of ink, as a bubble's fill is. */
function roundedMask(width: number, height: number, box: [number, number, number, number], r: number): Uint8Array {
  const [x, y, w, h] = box;
  const m = new Uint8Array(width * height);
  for (let py = y; py < y + h; py++) {
    for (let px = x; px < x + w; px++) {
      const cx = Math.min(Math.max(px + 0.5, x + r), x + w - r);
      const cy = Math.min(Math.max(py + 0.5, y + r), y + h - r);
      if ((px + 0.5 - cx) ** 2 + (py + 0.5 - cy) ** 2 <= r * r) m[py * width + px] = 1;
    }
  }
  return m;
}

describe('filledComponents', () => {
  it('finds a solid rectangle as one component with its cell bounding box', () => {
    const components = filledComponents(mask(100, 60, [[10, 10, 40, 20]]), 100, 60, 5);
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ x0: 2, y0: 2, x1: 9, y1: 5, cells: 32 });
  });

  it('ignores thin strokes that never fill a whole cell', () => {
    // Glyph-like strokes 2 px thick, 8 px apart: text drawn on the background.
    const strokes: [number, number, number, number][] = [];
    for (let x = 4; x < 90; x += 8) strokes.push([x, 4, 2, 30]);
    strokes.push([4, 18, 86, 2]);
    expect(filledComponents(mask(100, 40, strokes), 100, 40, 5)).toEqual([]);
  });

  it('counts a cell as filled when at least 80% of it is ink', () => {
    // 4 of 5 columns in every cell: exactly 80%.
    const dense = new Uint8Array(20 * 10);
    for (let i = 0; i < dense.length; i++) if (i % 5 !== 4) dense[i] = 1;
    expect(filledComponents(dense, 20, 10, 5)).toHaveLength(1);
    const sparse = new Uint8Array(20 * 10);
    for (let i = 0; i < sparse.length; i++) if (i % 5 < 3) sparse[i] = 1;
    expect(filledComponents(sparse, 20, 10, 5)).toEqual([]);
  });

  it('keeps a bubble with text holes in it as one shape', () => {
    const m = mask(120, 60, [[10, 10, 100, 40]]);
    // Light text drawn in the background colour leaves holes in the fill.
    for (let x = 20; x < 100; x += 6) for (let y = 22; y < 38; y++) m[y * 120 + x] = 0;
    const components = filledComponents(m, 120, 60, 5);
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ x0: 2, x1: 21, y0: 2, y1: 9 });
  });

  it('separates shapes that do not touch, in scan order', () => {
    const components = filledComponents(mask(100, 100, [[60, 10, 30, 20], [5, 50, 30, 30]]), 100, 100, 5);
    expect(components.map((c) => [c.x0, c.y0])).toEqual([[12, 2], [1, 10]]);
  });

  it('marks a shape with rounded corners as not cut', () => {
    const components = filledComponents(roundedMask(200, 100, [20, 20, 150, 60], 18), 200, 100, 5);
    expect(components).toHaveLength(1);
    expect(components[0]!.cut).toEqual({ top: false, bottom: false });
  });

  it('marks the edge where a rounded shape is cut off square', () => {
    // The top of the bubble scrolled out of the image: rows above 0 are gone.
    const full = roundedMask(200, 140, [20, 0, 150, 100], 18);
    const cutTop = full.subarray(200 * 40);
    const components = filledComponents(cutTop, 200, 100, 5);
    expect(components).toHaveLength(1);
    expect(components[0]!.cut).toEqual({ top: true, bottom: false });
    const cutBottom = full.slice(0, 200 * 50);
    expect(filledComponents(cutBottom, 200, 50, 5)[0]!.cut).toEqual({ top: false, bottom: true });
  });

  it('judges cells at the image edge by their own smaller area', () => {
    // 23 px wide with 5 px cells: the last column of cells is 3 px wide and fully inked.
    const components = filledComponents(mask(23, 10, [[15, 0, 8, 10]]), 23, 10, 5);
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ x0: 3, x1: 4, cells: 4 });
  });
});
