// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ImportFormat, ImportSummary } from '../model/source';
import { CancelledError, ImportInputError } from '../errors';
import { IMPORTERS, detectImporter } from '../importers/detect';
import { ImportWriter } from '../store/import-writer';
import { sha256File } from './file-hash';
import type { Importer } from './records';

export interface ImportProgress {
  file: string;
  bytesDone: number;
  bytesTotal: number;
  messages: number;
}

export interface ImportOptions {
  format?: ImportFormat;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports one file in one transaction: either every record of it is stored (duplicates skipped)
 * or, on bad input or cancellation, nothing is, and the error names the file and the position.
 */
export async function importFile(db: Database, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch((err: unknown) => {
    throw new ImportInputError('FILE_NOT_FOUND', absolute, 'no such file', null, { cause: err });
  });
  if (!info.isFile()) throw new ImportInputError('FILE_NOT_FOUND', absolute, 'not a file');
  const forced = options.format ? IMPORTERS.find((i: Importer) => i.format === options.format) : undefined;
  const importer = forced ?? (await detectImporter(absolute));
  // The hash streams alongside the parse; both read the file, neither modifies it.
  const hashing = sha256File(absolute);
  hashing.catch(() => undefined);

  db.exec('BEGIN IMMEDIATE');
  try {
    const writer = new ImportWriter(db, {
      path: absolute,
      fileName: basename(absolute),
      size: info.size,
      sha256: 'pending',
      format: importer.format,
    });
    let bytesDone = 0;
    const report = () =>
      options.onProgress?.({
        file: absolute,
        bytesDone,
        bytesTotal: info.size,
        messages: writer.counts.messagesAdded + writer.counts.duplicatesSkipped + writer.counts.callsAdded,
      });
    const readOptions = {
      ...(options.signal ? { signal: options.signal } : {}),
      onBytes: (n: number) => {
        bytesDone = n;
      },
    };
    for await (const batch of importer.read(absolute, readOptions)) {
      if (options.signal?.aborted) throw new CancelledError();
      writer.write(batch);
      report();
    }
    const counts = writer.finish();
    const sha256 = await hashing;
    db.prepare('UPDATE sources SET sha256 = ? WHERE id = ?').run(sha256, writer.sourceId);
    db.exec('COMMIT');
    bytesDone = info.size;
    report();
    return { sourceId: writer.sourceId, file: absolute, format: importer.format, sha256, ...counts };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
