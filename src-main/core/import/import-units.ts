// SPDX-License-Identifier: MIT
// Turns a path the user gave into the units that get imported: a backup file, each backup inside a
// zip archive, or an iPhone backup folder. Each unit knows its format, how to hash its evidence and
// how to stream its records, and cleans up whatever temporary copy it needed.
import { stat } from 'node:fs/promises';
import { ImportInputError } from '../errors';
import {
  detectDatabaseImporter,
  detectFolderImporter,
  detectStreamImporter,
  importerFor,
  isSqlite,
  SUPPORTED_FORMATS,
} from '../importers/detect';
import { isZip, openZipEntries } from '../importers/zip-archive';
import type { ImportFormat } from '../model/source';
import { fileSource } from './byte-source';
import { sha256File, sha256Stream } from './file-hash';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ByteSource, DatabaseImporter, ImportRecord, ReadOptions } from './records';
import { openSqliteCopy, openSqliteEntry, type TempSqlite } from './temp-sqlite';

const HEAD_BYTES = 4096;

export interface ImportUnit {
  /** The evidence as the user knows it: a path, a folder, or archive.zip!/entry. */
  name: string;
  size: number;
  format: ImportFormat;
  sha256(): Promise<string>;
  records(options: ReadOptions): AsyncIterable<ImportRecord[]>;
  /** Bytes or rows a progress report is out of; 0 when unknown (databases report rows). */
  progressTotal: number;
}

async function readHead(source: ByteSource): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of source.open()) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= HEAD_BYTES) break;
  }
  return Buffer.concat(parts).subarray(0, HEAD_BYTES);
}

/** Rows in the tables the importer counts progress in; 0 when it names none. */
function progressRows(db: Database, importer: DatabaseImporter): number {
  const existing = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  let total = 0;
  for (const table of importer.progressTables ?? []) {
    if (existing.has(table)) total += (db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  return total;
}

function databaseUnit(name: string, size: number, open: () => Promise<TempSqlite>, hash: () => Promise<string>, importer: DatabaseImporter): ImportUnit {
  const unit: ImportUnit = {
    name,
    size,
    format: importer.format,
    sha256: hash,
    progressTotal: 0,
    async *records(options) {
      const copy = await open();
      unit.progressTotal = progressRows(copy.db, importer);
      try {
        yield* importer.read(copy.db, name, options);
      } finally {
        await copy.dispose();
      }
    },
  };
  return unit;
}

/** Opens the database once to pick its importer (by its tables) before the import starts. */
async function probedDatabaseUnit(name: string, size: number, open: () => Promise<TempSqlite>, hash: () => Promise<string>, forced?: DatabaseImporter): Promise<ImportUnit> {
  if (forced) return databaseUnit(name, size, open, hash, forced);
  const probe = await open();
  let importer: DatabaseImporter;
  try {
    importer = detectDatabaseImporter(name, probe.db);
  } finally {
    await probe.dispose();
  }
  return databaseUnit(name, size, open, hash, importer);
}

function streamUnit(source: ByteSource, format: ImportFormat, read: (s: ByteSource, o: ReadOptions) => AsyncIterable<ImportRecord[]>, hash: () => Promise<string>): ImportUnit {
  return { name: source.name, size: source.size, format, sha256: hash, progressTotal: source.size, records: (o) => read(source, o) };
}

async function sourceUnit(source: ByteSource, head: Buffer, hash: () => Promise<string>, openDb: () => Promise<TempSqlite>, forcedFormat?: ImportFormat): Promise<ImportUnit> {
  const forced = forcedFormat ? importerFor(forcedFormat) : undefined;
  if (forced?.kind === 'folder') throw new ImportInputError('UNKNOWN_FORMAT', source.name, `${forcedFormat} is a folder format, and this is a file`);
  if (forced?.kind === 'database' || (!forced && isSqlite(head))) {
    return probedDatabaseUnit(source.name, source.size, openDb, hash, forced?.kind === 'database' ? forced : undefined);
  }
  const importer = forced?.kind === 'stream' ? forced : detectStreamImporter(source.name, head);
  return streamUnit(source, importer.format, (s, o) => importer.read(s, o), hash);
}

/**
 * The units of one path, in order. `close` releases the archive, if any, after the import.
 */
export async function importUnits(path: string, forcedFormat?: ImportFormat): Promise<{ units: ImportUnit[]; close: () => void }> {
  const info = await stat(path).catch((err: unknown) => {
    throw new ImportInputError('FILE_NOT_FOUND', path, 'no such file or folder', null, { cause: err });
  });
  if (info.isDirectory()) {
    const importer = forcedFormat ? importerFor(forcedFormat) : await detectFolderImporter(path);
    if (importer.kind !== 'folder') throw new ImportInputError('UNKNOWN_FORMAT', path, `${forcedFormat} is read from a file, and this is a folder`);
    const evidence = await importer.evidenceFile(path);
    const size = (await stat(evidence)).size;
    const unit: ImportUnit = {
      name: path,
      size,
      format: importer.format,
      sha256: () => sha256File(evidence),
      progressTotal: 0,
      records: (o) => importer.read(path, o),
    };
    return { units: [unit], close: () => undefined };
  }
  if (!info.isFile()) throw new ImportInputError('FILE_NOT_FOUND', path, 'not a regular file');
  const source = fileSource(path);
  const head = await readHead(source);
  if (isZip(head) && !forcedFormat) return zipUnits(path);
  const unit = await sourceUnit(source, head, () => sha256File(path), () => openSqliteCopy(path), forcedFormat);
  return { units: [unit], close: () => undefined };
}

async function zipUnits(path: string): Promise<{ units: ImportUnit[]; close: () => void }> {
  const zip = await openZipEntries(path);
  const units: ImportUnit[] = [];
  try {
    for (const entry of zip.entries) {
      const head = await readHead(entry);
      if (isZip(head)) continue; // One level of archive only: a zip inside a zip is left alone.
      try {
        units.push(await sourceUnit(entry, head, () => sha256Stream(entry.open()), () => openSqliteEntry(entry)));
      } catch (err) {
        // Photos, notes and other files beside the backups in an archive are not errors.
        if (err instanceof ImportInputError && err.code === 'UNKNOWN_FORMAT') continue;
        throw err;
      }
    }
  } catch (err) {
    zip.close();
    throw err;
  }
  if (units.length === 0) {
    zip.close();
    throw new ImportInputError('UNKNOWN_FORMAT', path, `the archive holds no supported backup; supported: ${SUPPORTED_FORMATS}`);
  }
  return { units, close: zip.close };
}
