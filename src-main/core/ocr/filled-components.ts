// SPDX-License-Identifier: MIT
// Solid shapes in an ink mask, found on a coarse grid: a cell counts as filled when nearly all its
// pixels are ink. Text strokes on the background rarely fill a whole cell, while a bubble's fill
// does everywhere but where its text is, so connected filled cells are bubbles (and bars, avatars,
// input fields, which the layout sorts out by shape and position).

export interface Component {
  /** Bounding box in cells, inclusive. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cells: number;
  /** Both corners of that edge are filled: the shape is cut off there, not rounded. */
  cut: { top: boolean; bottom: boolean };
}

const FILLED_SHARE = 0.8;

function filledCells(mask: Uint8Array, width: number, height: number, cell: number): { grid: Uint8Array; gw: number; gh: number } {
  const gw = Math.ceil(width / cell);
  const gh = Math.ceil(height / cell);
  const counts = new Uint32Array(gw * gh);
  for (let y = 0; y < height; y++) {
    const gy = Math.floor(y / cell) * gw;
    const row = y * width;
    for (let x = 0; x < width; x++) if (mask[row + x]) counts[gy + Math.floor(x / cell)]!++;
  }
  const grid = new Uint8Array(gw * gh);
  for (let gy = 0; gy < gh; gy++) {
    const ch = Math.min(cell, height - gy * cell);
    for (let gx = 0; gx < gw; gx++) {
      const cw = Math.min(cell, width - gx * cell);
      grid[gy * gw + gx] = counts[gy * gw + gx]! >= FILLED_SHARE * cw * ch ? 1 : 0;
    }
  }
  return { grid, gw, gh };
}

export function filledComponents(mask: Uint8Array, width: number, height: number, cell: number): Component[] {
  const { grid, gw, gh } = filledCells(mask, width, height, cell);
  const label = new Int32Array(gw * gh).fill(-1);
  const components: Component[] = [];
  const stack: number[] = [];
  for (let start = 0; start < grid.length; start++) {
    if (!grid[start] || label[start]! >= 0) continue;
    const id = components.length;
    const c: Component = { x0: gw, y0: gh, x1: -1, y1: -1, cells: 0, cut: { top: false, bottom: false } };
    label[start] = id;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % gw;
      const y = (p - x) / gw;
      c.cells++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      const next = [x > 0 ? p - 1 : -1, x < gw - 1 ? p + 1 : -1, y > 0 ? p - gw : -1, y < gh - 1 ? p + gw : -1];
      for (const q of next) {
        if (q >= 0 && grid[q] && label[q]! < 0) {
          label[q] = id;
          stack.push(q);
        }
      }
    }
    const filled = (x: number, y: number) => label[y * gw + x] === id;
    c.cut.top = filled(c.x0, c.y0) && filled(c.x1, c.y0);
    c.cut.bottom = filled(c.x0, c.y1) && filled(c.x1, c.y1);
    components.push(c);
  }
  return components;
}
