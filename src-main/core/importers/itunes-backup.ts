// SPDX-License-Identifier: MIT
// An unencrypted iPhone backup folder made by iTunes or Finder: its Messages database is read by
// the sms.db importer, and the names of its address book are attached to the messages. Both files
// are read from private temporary copies, so nothing is ever written inside the backup.
import { CancelledError, ImportInputError } from '../errors';
import type { FolderImporter, ImportRecord, ReadOptions } from '../import/records';
import { ContactBook } from './apple-contacts';
import { appleSmsDbImporter, sniffAppleSmsDb } from './apple-sms-db';
import { isBackupFolder, locateBackupFiles } from './itunes-manifest';
import { tableNames } from './sqlite-columns';
import { createTempCopy, openReadOnly, withTempCopy } from './sqlite-temp-copy';

function isSqliteError(err: unknown): err is Error {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_');
}

async function readContacts(file: string): Promise<ContactBook> {
  return withTempCopy(file, (copy) => {
    const db = openReadOnly(copy);
    try {
      return ContactBook.read(db, file);
    } finally {
      db.close();
    }
  });
}

function withContactNames(batch: ImportRecord[], contacts: ContactBook): ImportRecord[] {
  if (contacts.size === 0) return batch;
  return batch.map((record) => {
    if (record.contactName !== null) return record;
    const contactName = contacts.lookup(record.address);
    return contactName === null ? record : { ...record, contactName };
  });
}

async function* readItunesBackup(dir: string, options: ReadOptions): AsyncGenerator<ImportRecord[]> {
  if (options.signal?.aborted) throw new CancelledError();
  const files = await locateBackupFiles(dir);
  const contacts = files.addressBook === null ? ContactBook.EMPTY : await readContacts(files.addressBook);
  const copy = await createTempCopy(files.smsDb);
  try {
    const db = openReadOnly(copy.path);
    try {
      let tables: Set<string>;
      try {
        tables = new Set(tableNames(db));
      } catch (err) {
        if (!isSqliteError(err)) throw err;
        throw new ImportInputError('MALFORMED_INPUT', files.smsDb, `the Messages database cannot be read (${err.message})`, null, {
          cause: err,
        });
      }
      if (!sniffAppleSmsDb(tables)) {
        throw new ImportInputError('MALFORMED_INPUT', files.smsDb, 'the backup\'s Library/SMS/sms.db is not a Messages database');
      }
      for await (const batch of appleSmsDbImporter.read(db, files.smsDb, options)) yield withContactNames(batch, contacts);
    } finally {
      db.close();
    }
  } finally {
    await copy.dispose();
  }
}

export const itunesBackupImporter: FolderImporter = {
  kind: 'folder',
  format: 'itunes-backup',
  sniff: isBackupFolder,
  evidenceFile: async (dir) => (await locateBackupFiles(dir)).smsDb,
  read: readItunesBackup,
};
