// SPDX-License-Identifier: MIT
// Which found bubble is which truth bubble. A found box counts when it overlaps the truth box by
// IoU ≥ 0.5, or when its centre lies inside the truth box (a reader that trims a bubble's padding
// still found it); each box is used once, best overlaps first.
import type { PixelBox } from '../../src-main/core/model/screenshot';

export function intersectionOverUnion(a: PixelBox, b: PixelBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const inter = width * height;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

export function centreInside(inner: PixelBox, outer: PixelBox): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
}

export function boxesMatch(truth: PixelBox, found: PixelBox): boolean {
  return intersectionOverUnion(truth, found) >= 0.5 || centreInside(found, truth);
}

/** For each truth box, the index of the found box matched to it, or null. */
export function matchBubbles(truth: readonly PixelBox[], found: readonly PixelBox[]): Array<number | null> {
  const pairs: Array<{ t: number; f: number; score: number }> = [];
  truth.forEach((t, ti) =>
    found.forEach((f, fi) => {
      if (boxesMatch(t, f)) pairs.push({ t: ti, f: fi, score: intersectionOverUnion(t, f) + (centreInside(f, t) ? 0.01 : 0) });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const result: Array<number | null> = truth.map(() => null);
  const used = new Set<number>();
  for (const { t, f } of pairs) {
    if (result[t] !== null || used.has(f)) continue;
    result[t] = f;
    used.add(f);
  }
  return result;
}
