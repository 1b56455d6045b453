// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { numericKey, OrderedChildren } from '../../../src-main/core/importers/ordered-children';

function children(keys: (number | null)[]): OrderedChildren<{ key: number | null; n: number }> {
  return new OrderedChildren(
    keys.map((key, n) => ({ key, n }))[Symbol.iterator](),
    (row) => row.key,
  );
}

describe('OrderedChildren', () => {
  it('hands each parent its own rows and passes over orphans', () => {
    const rows = children([1, 1, 2, 4, 4, 4, 7]);
    expect(rows.take(1).map((r) => r.n)).toEqual([0, 1]);
    expect(rows.take(3)).toEqual([]);
    expect(rows.take(4).map((r) => r.n)).toEqual([3, 4, 5]);
    expect(rows.take(9)).toEqual([]);
    expect(rows.take(10)).toEqual([]);
  });

  it('gives a parent without a usable key no rows and leaves the rest in place', () => {
    const rows = children([2, 3]);
    expect(rows.take(null)).toEqual([]);
    expect(rows.take(2).map((r) => r.n)).toEqual([0]);
  });

  it('closes the underlying iterator', () => {
    let closed = false;
    const iterator: Iterator<number> = { next: () => ({ done: false, value: 1 }), return: () => ((closed = true), { done: true, value: undefined }) };
    new OrderedChildren(iterator, (n) => n).close();
    expect(closed).toBe(true);
  });

  it('uses only finite numbers and safe bigints as keys', () => {
    expect(numericKey(5)).toBe(5);
    expect(numericKey(5n)).toBe(5);
    expect(numericKey(2n ** 60n)).toBeNull();
    expect(numericKey('5')).toBeNull();
    expect(numericKey(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
