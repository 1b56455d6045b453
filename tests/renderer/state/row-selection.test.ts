// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { addRange, isSelected, NO_SELECTION, rangeBounds, SELECT_ALL_CAP, selectIds, toggleRow } from '../../../src-renderer/state/row-selection';

describe('row selection', () => {
  it('ticks and unticks a message by id and remembers where the tick was', () => {
    const one = toggleRow(NO_SELECTION, 501, 3);
    expect(isSelected(one, 501)).toBe(true);
    expect(one.anchor).toBe(3);
    const none = toggleRow(one, 501, 3);
    expect(isSelected(none, 501)).toBe(false);
    expect(NO_SELECTION.ids.size).toBe(0);
  });

  it('covers a shift-click range in either direction from the last tick', () => {
    const ticked = toggleRow(NO_SELECTION, 10, 7);
    expect(rangeBounds(ticked, 12)).toEqual({ first: 7, last: 12 });
    expect(rangeBounds(ticked, 2)).toEqual({ first: 2, last: 7 });
    expect(rangeBounds(NO_SELECTION, 4)).toEqual({ first: 4, last: 4 });
  });

  it('adds a range to what was ticked and keeps the anchor for the next shift-click', () => {
    const ticked = toggleRow(toggleRow(NO_SELECTION, 99, 40), 10, 7);
    const ranged = addRange(ticked, [10, 11, 12, 13], 10);
    expect([...ranged.ids].sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 99]);
    expect(ranged.anchor).toBe(7);
  });

  it('selects all matching messages only up to the cap', () => {
    const ids = Array.from({ length: SELECT_ALL_CAP + 5 }, (_, i) => i + 1);
    const all = selectIds(ids);
    expect(all.ids.size).toBe(SELECT_ALL_CAP);
    expect(isSelected(all, SELECT_ALL_CAP)).toBe(true);
    expect(isSelected(all, SELECT_ALL_CAP + 1)).toBe(false);
  });
});
