// SPDX-License-Identifier: MIT
// The loop every SQLite importer shares: rows are pulled one at a time from a statement iterator
// (never `.all()`, so a million-row table costs one batch of memory), turned into records, and
// handed on in batches; between batches it reports progress in rows and checks for cancellation.
import { CancelledError, ImportInputError } from '../errors';
import type { MessageRecord, ReadOptions } from '../import/records';

export const BATCH_SIZE = 500;

/** The driver's SqliteError, told by its `SQLITE_*` code (the class is not exported as a type). */
function isSqliteError(err: unknown): err is Error & { code: string } {
  const code: unknown = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

export class DatabaseReading {
  private rowsRead = 0;
  private recordsYielded = 0;

  constructor(
    readonly file: string,
    private readonly options: ReadOptions,
  ) {}

  checkCancelled(): void {
    if (this.options.signal?.aborted) throw new CancelledError();
  }

  malformed(table: string, detail: string, row?: number): ImportInputError {
    const where = row === undefined ? `table ${table}` : `table ${table}, row ${row}`;
    return new ImportInputError('MALFORMED_INPUT', this.file, `${where}: ${detail}`);
  }

  /**
   * Runs `work` (preparing or stepping statements on `table`) and reports a SQLite failure (a
   * damaged page, a virtual table whose module is missing) as MALFORMED_INPUT naming the table.
   */
  guard<T>(table: string, work: () => T): T {
    try {
      return work();
    } catch (err) {
      throw this.sqliteFailure(table, err);
    }
  }

  /** Steps a statement's rows with every step guarded, for child tables read beside a parent. */
  rows<Row>(table: string, open: () => Iterator<Row>): Iterator<Row> {
    const iterator = this.guard(table, open);
    return {
      next: () => this.guard(table, () => iterator.next()),
      return: (value?: unknown) => {
        iterator.return?.();
        return { done: true, value: value as Row };
      },
    };
  }

  /**
   * Maps each row of `table` to a record (or null to skip it) and yields the records in batches.
   * `toRecord` gets the row's 1-based position for error messages.
   */
  async *batches<Row>(
    table: string,
    rows: () => Iterable<Row>,
    toRecord: (row: Row, position: number) => MessageRecord | null,
  ): AsyncGenerator<MessageRecord[]> {
    this.checkCancelled();
    let batch: MessageRecord[] = [];
    let position = 0;
    const iterator = this.guard(table, () => rows()[Symbol.iterator]());
    try {
      for (;;) {
        const step = this.guard(table, () => iterator.next());
        if (step.done) break;
        position += 1;
        this.rowsRead += 1;
        const record = toRecord(step.value, position);
        if (record !== null) batch.push(record);
        if (position % BATCH_SIZE === 0) {
          this.options.onBytes?.(this.rowsRead);
          this.checkCancelled();
          if (batch.length > 0) {
            this.recordsYielded += batch.length;
            yield batch;
            batch = [];
          }
        }
      }
    } finally {
      // Closes the statement when the loop ends early (an error, or the consumer stopped).
      iterator.return?.();
    }
    this.options.onBytes?.(this.rowsRead);
    if (batch.length > 0) {
      this.recordsYielded += batch.length;
      yield batch;
    }
  }

  /** Throws EMPTY_BACKUP when the whole database gave no message. */
  finish(tables: readonly string[]): void {
    if (this.recordsYielded === 0) {
      throw new ImportInputError('EMPTY_BACKUP', this.file, `no messages in ${tables.join(', ')}`);
    }
  }

  /** A SQLite failure as MALFORMED_INPUT (naming the table when known); other errors unchanged. */
  sqliteFailure(table: string | null, err: unknown): unknown {
    if (!isSqliteError(err)) return err;
    const what = table === null ? 'the database' : `table ${table}`;
    return new ImportInputError('MALFORMED_INPUT', this.file, `${what} cannot be read (${err.message})`, null, { cause: err });
  }
}
