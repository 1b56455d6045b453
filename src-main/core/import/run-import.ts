// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { basename, resolve } from 'node:path';
import { CancelledError } from '../errors';
import type { CsvMapping } from '../model/csv-mapping';
import type { ImportFormat, ImportSummary } from '../model/source';
import { ImportWriter } from '../store/import-writer';
import { importUnits, type ImportUnit } from './import-units';

export interface ImportProgress {
  file: string;
  /** Bytes read, or rows for databases. */
  bytesDone: number;
  /** Out of this many; 0 when unknown. */
  bytesTotal: number;
  messages: number;
}

export interface ImportOptions {
  format?: ImportFormat;
  csvMapping?: CsvMapping;
  /** IANA zone for formats that store local wall-clock times; default: this machine's. */
  timeZone?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/** Formats whose times are local wall-clock times, read in the import's time zone. */
const LOCAL_TIME_FORMATS: ReadonlySet<ImportFormat> = new Set(['csv', 'json', 'vmessage']);

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

async function importUnit(db: Database, unit: ImportUnit, options: ImportOptions, timeZone: string): Promise<ImportSummary> {
  const localTimes = LOCAL_TIME_FORMATS.has(unit.format);
  const hashing = unit.sha256();
  hashing.catch(() => undefined);
  const writer = new ImportWriter(db, {
    path: unit.name,
    fileName: basename(unit.name),
    size: unit.size,
    sha256: 'pending',
    format: unit.format,
    timeZone: localTimes ? timeZone : null,
  });
  let done = 0;
  const report = () =>
    options.onProgress?.({
      file: unit.name,
      bytesDone: done,
      bytesTotal: unit.progressTotal,
      messages: writer.counts.messagesAdded + writer.counts.duplicatesSkipped + writer.counts.callsAdded,
    });
  const records = unit.records({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.csvMapping ? { csvMapping: options.csvMapping } : {}),
    timeZone,
    onBytes: (n) => {
      done = n;
    },
  });
  for await (const batch of records) {
    if (options.signal?.aborted) throw new CancelledError();
    writer.write(batch);
    report();
  }
  const counts = writer.finish();
  const sha256 = await hashing;
  db.prepare('UPDATE sources SET sha256 = ? WHERE id = ?').run(sha256, writer.sourceId);
  if (unit.progressTotal > 0) done = unit.progressTotal;
  report();
  return { sourceId: writer.sourceId, file: unit.name, format: unit.format, sha256, ...counts };
}

/**
 * Imports one path in one transaction: a backup file, a zip archive of backups (one source per
 * backup inside) or an iPhone backup folder. Either everything in it is stored (duplicates
 * skipped) or, on bad input or cancellation, nothing is, and the error names the file and position.
 */
export async function importPath(db: Database, path: string, options: ImportOptions = {}): Promise<ImportSummary[]> {
  const absolute = resolve(path);
  const { units, close } = await importUnits(absolute, options.format);
  const timeZone = options.timeZone ?? machineTimeZone();
  db.exec('BEGIN IMMEDIATE');
  try {
    const summaries: ImportSummary[] = [];
    for (const unit of units) summaries.push(await importUnit(db, unit, options, timeZone));
    db.exec('COMMIT');
    return summaries;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    close();
  }
}
