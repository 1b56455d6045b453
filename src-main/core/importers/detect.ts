// SPDX-License-Identifier: MIT
// Picks the importer for an input by its content, never by its name: people rename backups, and a
// `.xml` from another app must not be half-imported as if it were SMS Backup & Restore.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ImportInputError } from '../errors';
import type { DatabaseImporter, FolderImporter, Importer, StreamImporter } from '../import/records';
import type { ImportFormat } from '../model/source';
import { androidMmssmsImporter } from './android-mmssms';
import { appleSmsDbImporter } from './apple-sms-db';
import { itunesBackupImporter } from './itunes-backup';
import { googleBugleImporter } from './google-bugle';
import { huaweiHarassmentImporter } from './huawei-harassment';
import { huaweiSmsImporter } from './huawei-sms';
import { sbrXmlImporter } from './sbr-xml';
import { vmessageImporter } from './vmessage';
import { jsonExportImporter } from './json-export';
import { csvExportImporter } from './csv-export';

// CSV last: its sniff is the loosest (any delimited text with a recognised header).
export const STREAM_IMPORTERS: readonly StreamImporter[] = [sbrXmlImporter, vmessageImporter, jsonExportImporter, csvExportImporter];
// Order matters only where table sets overlap; each sniff is written not to claim another's tables.
export const DATABASE_IMPORTERS: readonly DatabaseImporter[] = [
  androidMmssmsImporter,
  googleBugleImporter,
  appleSmsDbImporter,
  huaweiSmsImporter,
  huaweiHarassmentImporter,
];
export const FOLDER_IMPORTERS: readonly FolderImporter[] = [itunesBackupImporter];
export const IMPORTERS: readonly Importer[] = [...STREAM_IMPORTERS, ...DATABASE_IMPORTERS, ...FOLDER_IMPORTERS];

export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export const SUPPORTED_FORMATS =
  'SMS Backup & Restore XML, Android mmssms.db, Google Messages bugle_db, iPhone sms.db / chat.db, ' +
  'iPhone backup folders, vMessage (.vmsg), Huawei sms.db / harassment.db, CSV/TSV/JSON exports, and zip archives of these';

export function importerFor(format: ImportFormat): Importer {
  const importer = IMPORTERS.find((i) => i.format === format);
  if (!importer) throw new ImportInputError('UNKNOWN_FORMAT', format, `no importer for the format ${format}`);
  return importer;
}

export function isSqlite(head: Buffer): boolean {
  return head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);
}

export function detectStreamImporter(name: string, head: Buffer): StreamImporter {
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', name, `the file is empty; supported: ${SUPPORTED_FORMATS}`);
  const importer = STREAM_IMPORTERS.find((candidate) => candidate.sniff(head));
  if (!importer) throw new ImportInputError('UNKNOWN_FORMAT', name, `not a supported backup; supported: ${SUPPORTED_FORMATS}`);
  return importer;
}

export function detectDatabaseImporter(name: string, db: Database): DatabaseImporter {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const importer = DATABASE_IMPORTERS.find((candidate) => candidate.sniff(tables));
  if (!importer) {
    throw new ImportInputError('UNKNOWN_FORMAT', name, `a SQLite database, but not one with SMS tables Leakline knows; supported: ${SUPPORTED_FORMATS}`);
  }
  return importer;
}

export async function detectFolderImporter(dir: string): Promise<FolderImporter> {
  for (const candidate of FOLDER_IMPORTERS) if (await candidate.sniff(dir)) return candidate;
  throw new ImportInputError('UNKNOWN_FORMAT', dir, 'a folder, but not an iPhone backup; import the backup files inside it instead');
}
