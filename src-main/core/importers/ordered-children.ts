// SPDX-License-Identifier: MIT
// A merge join in constant memory: parents are read in ascending key order and the child rows
// (MMS parts and addresses, Bugle message parts) in the same order by their parent's key, so each
// parent's children are the next few child rows. Nothing is collected per table, only per message.

/**
 * A key usable in the merge: only numbers sort where SQLite's ORDER BY puts them relative to each
 * other (NULL sorts before and text after all numbers), so anything else matches no child.
 */
export function numericKey(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : null;
  return null;
}

export class OrderedChildren<Row> {
  private pending: Row | null = null;
  private finished = false;

  constructor(
    private readonly rows: Iterator<Row>,
    private readonly keyOf: (row: Row) => number | null,
  ) {}

  /** The rows whose key equals `parentKey`; parents must ask in ascending key order. */
  take(parentKey: number | null): Row[] {
    const children: Row[] = [];
    if (parentKey === null) return children;
    for (;;) {
      const row = this.peek();
      if (row === null) return children;
      const key = this.keyOf(row);
      if (key !== null && key > parentKey) return children;
      // Rows with a smaller key belong to no parent still to come (orphans of deleted messages).
      if (key === parentKey) children.push(row);
      this.pending = null;
    }
  }

  close(): void {
    this.finished = true;
    this.rows.return?.();
  }

  private peek(): Row | null {
    if (this.pending !== null) return this.pending;
    if (this.finished) return null;
    const step = this.rows.next();
    if (step.done) {
      this.finished = true;
      return null;
    }
    this.pending = step.value;
    return this.pending;
  }
}
