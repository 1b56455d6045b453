// SPDX-License-Identifier: MIT
// Which messages are ticked for relabelling. Ids, not list positions, are kept: the list is
// fetched page by page and reloaded after every label, and a position would then point elsewhere.
// The anchor is the position of the last plain tick, from which a shift-click extends a range.

export interface RowSelection {
  readonly ids: ReadonlySet<number>;
  readonly anchor: number | null;
}

/** The most messages "select all matching" takes, well under the contract's 100,000 per call. */
export const SELECT_ALL_CAP = 10_000;

export const NO_SELECTION: RowSelection = { ids: new Set(), anchor: null };

export function toggleRow(selection: RowSelection, id: number, index: number): RowSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: index };
}

/** The positions a shift-click at `index` covers, both ends included; just `index` without an anchor. */
export function rangeBounds(selection: RowSelection, index: number): { first: number; last: number } {
  const anchor = selection.anchor ?? index;
  return { first: Math.min(anchor, index), last: Math.max(anchor, index) };
}

/** Adds the ids of a range; the anchor stays, so that further shift-clicks pivot on the same row. */
export function addRange(selection: RowSelection, ids: readonly number[], index: number): RowSelection {
  const next = new Set(selection.ids);
  for (const id of ids) next.add(id);
  return { ids: next, anchor: selection.anchor ?? index };
}

export function selectIds(ids: readonly number[]): RowSelection {
  return { ids: new Set(ids.slice(0, SELECT_ALL_CAP)), anchor: null };
}

export function isSelected(selection: RowSelection, id: number): boolean {
  return selection.ids.has(id);
}
