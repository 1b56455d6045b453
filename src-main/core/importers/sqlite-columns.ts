// SPDX-License-Identifier: MIT
// Phone databases differ by Android version and maker: a column one phone has, another lacks. Each
// reader asks which columns a table really has and selects only those, reading NULL for the rest,
// so one SELECT serves every variant and a missing optional column never fails the import.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ImportInputError } from '../errors';

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The columns of one table, found case-insensitively as SQLite does. */
export class TableColumns {
  private constructor(
    readonly table: string,
    private readonly byLowerName: ReadonlyMap<string, string>,
  ) {}

  /** Null when the database has no such table. */
  static read(db: Database, table: string): TableColumns | null {
    const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
    if (rows.length === 0) return null;
    return new TableColumns(table, new Map(rows.map((r) => [r.name.toLowerCase(), r.name])));
  }

  has(column: string): boolean {
    return this.byLowerName.has(column.toLowerCase());
  }

  /** The first of the candidates the table has, for columns whose name varies between makers. */
  firstOf(candidates: readonly string[]): string | null {
    return candidates.find((c) => this.has(c)) ?? null;
  }

  /**
   * `"col" AS "col"` for each column the table has, `NULL AS "col"` for the others; with `alias`,
   * the columns are qualified by it (`p."col"`) for use in a join.
   */
  selectList(columns: readonly string[], alias?: string): string {
    const prefix = alias === undefined ? '' : `${alias}.`;
    return columns
      .map((c) => {
        const actual = this.byLowerName.get(c.toLowerCase());
        return `${actual === undefined ? 'NULL' : prefix + quoteIdentifier(actual)} AS ${quoteIdentifier(c)}`;
      })
      .join(', ');
  }

  /** Throws MALFORMED_INPUT naming the table and what it lacks. */
  require(file: string, columns: readonly string[]): void {
    const missing = columns.filter((c) => !this.has(c));
    if (missing.length > 0) {
      throw new ImportInputError('MALFORMED_INPUT', file, `table ${this.table} has no column ${missing.join(', ')}`);
    }
  }
}

/** Reads a table's columns or throws MALFORMED_INPUT naming the missing table. */
export function requireTable(db: Database, file: string, table: string): TableColumns {
  const columns = TableColumns.read(db, table);
  if (columns === null) throw new ImportInputError('MALFORMED_INPUT', file, `the database has no table ${table}`);
  return columns;
}

export function tableNames(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
