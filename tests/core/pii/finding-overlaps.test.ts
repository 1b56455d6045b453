// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { resolveOverlaps } from '../../../src-main/core/pii/finding-overlaps';

const f = (type: PiiFinding['type'], start: number, end: number, score: number): PiiFinding => ({ type, value: 'x'.repeat(end - start), start, end, score });

describe('overlap resolution', () => {
  it('keeps the higher score where spans overlap', () => {
    expect(resolveOverlaps([f('masked_name', 1, 4, 0.5), f('name', 0, 2, 0.85)])).toEqual([f('name', 0, 2, 0.85)]);
  });

  it('prefers the longer span at equal scores, then the more specific type', () => {
    expect(resolveOverlaps([f('amount', 2, 4, 0.7), f('amount', 0, 6, 0.7)])).toEqual([f('amount', 0, 6, 0.7)]);
    expect(resolveOverlaps([f('date', 0, 4, 0.7), f('mobile', 0, 4, 0.7)])).toEqual([f('mobile', 0, 4, 0.7)]);
  });

  it('keeps disjoint findings, sorted by start', () => {
    expect(resolveOverlaps([f('date', 10, 12, 0.4), f('name', 0, 2, 0.85), f('amount', 2, 5, 0.9)]).map((x) => x.start)).toEqual([0, 2, 10]);
  });
});
