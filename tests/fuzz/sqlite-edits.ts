// SPDX-License-Identifier: MIT
// Damage done to a phone database at the SQL level, where byte flips rarely reach: a cell set to
// a value its column never holds (NULL, integers past 2^63, text that is not UTF-8, blobs), a
// column or a table's rows gone. Tables, columns and rows are picked by index modulo what exists,
// so one arbitrary serves every schema.
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { HOSTILE_FRAGMENTS, HOSTILE_NUMBERS } from './hostile-bytes';

type CellValue = null | number | bigint | string | Buffer;

export type SqlEdit =
  | { kind: 'set'; table: number; column: number; row: number; value: CellValue; asText: boolean }
  | { kind: 'drop-column'; table: number; column: number }
  | { kind: 'delete-rows'; table: number };

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, -1, 1, 2, 3, 5, 100, 128, 130, 132, 137, 151, 2 ** 31, -(2 ** 31), 2 ** 53, 1e15, -1e15, 1.5, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_FRAGMENTS.filter((f) => f.length < 200)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.uint8Array({ maxLength: 24 }).map((a) => Buffer.from(a)),
);

export const sqlEdit: fc.Arbitrary<SqlEdit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('set' as const), table: fc.nat(), column: fc.nat(), row: fc.nat(), value: cellValue, asText: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-column' as const), table: fc.nat(), column: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-rows' as const), table: fc.nat() }) },
);

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Applies the edits in place; an edit SQLite refuses (a constraint, an indexed column) is skipped. */
export function applySqlEdits(path: string, edits: readonly SqlEdit[]): void {
  if (edits.length === 0) return;
  const db = new Database(path);
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    if (tables.length === 0) return;
    for (const e of edits) {
      const table = tables[e.table % tables.length]!;
      try {
        if (e.kind === 'delete-rows') {
          db.exec(`DELETE FROM ${quote(table)}`);
          continue;
        }
        const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
        const column = columns[e.column % Math.max(1, columns.length)];
        if (column === undefined) continue;
        if (e.kind === 'drop-column') {
          db.exec(`ALTER TABLE ${quote(table)} DROP COLUMN ${quote(column)}`);
          continue;
        }
        const { n } = db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number };
        if (n === 0) continue;
        const value = e.asText && Buffer.isBuffer(e.value) ? 'CAST(? AS TEXT)' : '?';
        db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ${value} WHERE rowid = (SELECT rowid FROM ${quote(table)} LIMIT 1 OFFSET ?)`).run(e.value, e.row % n);
      } catch {
        // Refused by the schema (constraint, index, trigger, WITHOUT ROWID): the file keeps that cell.
      }
    }
  } finally {
    db.close();
  }
}
