// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../src-main/core/demo/seeded-random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = Array.from({ length: 5 }, ((r) => () => r.nextUint32())(new SeededRandom('x')));
    const b = Array.from({ length: 5 }, ((r) => () => r.nextUint32())(new SeededRandom('x')));
    const c = Array.from({ length: 5 }, ((r) => () => r.nextUint32())(new SeededRandom('y')));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const r = new SeededRandom('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('gives a fork its own stream that does not depend on later draws of the parent', () => {
    const one = new SeededRandom('root');
    const forkOne = one.fork('part');
    const two = new SeededRandom('root');
    const forkTwo = two.fork('part');
    two.nextUint32();
    expect(forkOne.digits(12)).toBe(forkTwo.digits(12));
  });
});
