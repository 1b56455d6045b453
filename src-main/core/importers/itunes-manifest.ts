// SPDX-License-Identifier: MIT
// Finding files inside an iPhone backup made by iTunes or Finder (iOS 10 and later). The backup
// keeps each file under its fileID, sha1("<domain>-<relativePath>"), in a folder named after the
// ID's first two hex digits; Manifest.db (SQLite, table Files: fileID, domain, relativePath,
// flags, file) maps domains and paths to IDs. Manifest.plist says whether the backup is encrypted
// (then Manifest.db itself is encrypted and unreadable); iOS 9 and earlier wrote Manifest.mbdb.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { ImportInputError } from '../errors';
import { readPlistBoolean } from './plist-boolean';
import { openReadOnly, withTempCopy } from './sqlite-temp-copy';

export const MANIFEST_DB = 'Manifest.db';
export const MANIFEST_PLIST = 'Manifest.plist';
export const MANIFEST_MBDB = 'Manifest.mbdb';

export interface BackupFile {
  domain: string;
  relativePath: string;
}

export const SMS_DB: BackupFile = { domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db' };
export const ADDRESS_BOOK: BackupFile = { domain: 'HomeDomain', relativePath: 'Library/AddressBook/AddressBook.sqlitedb' };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const FILE_ID = /^[0-9a-f]{40}$/i;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A folder holding a backup manifest: Manifest.db, Manifest.plist or (iOS 9 and earlier) Manifest.mbdb. */
export async function isBackupFolder(dir: string): Promise<boolean> {
  try {
    if (!(await fs.stat(dir)).isDirectory()) return false;
  } catch {
    return false;
  }
  for (const name of [MANIFEST_DB, MANIFEST_PLIST, MANIFEST_MBDB]) {
    if (await isFile(join(dir, name))) return true;
  }
  return false;
}

/**
 * Finder writes a Manifest.plist of kilobytes (a few MB with hundreds of apps). It is read whole,
 * so a larger one is refused first: at 1 GB it cost a gigabyte of memory and ended in V8's
 * ERR_STRING_TOO_LONG, past 2 GiB in ERR_FS_FILE_TOO_LARGE (found by resource-bombs.test.ts).
 */
const MAX_MANIFEST_PLIST_BYTES = 64 * 2 ** 20;

async function checkNotEncrypted(dir: string): Promise<void> {
  const plist = join(dir, MANIFEST_PLIST);
  if (!(await isFile(plist))) return;
  const { size } = await fs.stat(plist);
  if (size > MAX_MANIFEST_PLIST_BYTES) {
    const mib = Math.round(size / 2 ** 20);
    throw new ImportInputError('MALFORMED_INPUT', plist, `Manifest.plist is ${mib} MiB, far more than a backup writes: the backup folder is damaged`);
  }
  if (readPlistBoolean(await fs.readFile(plist), 'IsEncrypted') === true) {
    throw new ImportInputError(
      'UNKNOWN_FORMAT',
      dir,
      'this iPhone backup is encrypted; Leakline cannot read encrypted backups: turn off "Encrypt local backup" ' +
        'in Finder/iTunes and back up again, or decrypt it first',
    );
  }
}

/** Checks the folder is an unencrypted iOS 10+ backup and returns its Manifest.db. */
async function manifestDb(dir: string): Promise<string> {
  try {
    if (!(await fs.stat(dir)).isDirectory()) throw new ImportInputError('UNKNOWN_FORMAT', dir, 'not a folder');
  } catch (err) {
    if (err instanceof ImportInputError) throw err;
    throw new ImportInputError('FILE_NOT_FOUND', dir, 'no such folder', null, { cause: err });
  }
  await checkNotEncrypted(dir);
  const path = join(dir, MANIFEST_DB);
  if (!(await isFile(path))) {
    if (await isFile(join(dir, MANIFEST_MBDB))) {
      throw new ImportInputError(
        'UNKNOWN_FORMAT',
        dir,
        'this iPhone backup was made by iOS 9 or earlier (it has Manifest.mbdb, not Manifest.db), which Leakline ' +
          'cannot read; update the phone and back it up again with Finder or iTunes',
      );
    }
    throw new ImportInputError('UNKNOWN_FORMAT', dir, 'not an iPhone backup folder: it has no Manifest.db');
  }
  if (!(await readHead(path, SQLITE_MAGIC.length)).equals(SQLITE_MAGIC)) {
    throw new ImportInputError(
      'MALFORMED_INPUT',
      path,
      'Manifest.db is not a readable database: the backup is encrypted or damaged; if it is encrypted, turn off ' +
        'encryption in Finder/iTunes and back up again, or decrypt it first',
    );
  }
  return path;
}

export interface BackupFiles {
  /** Library/SMS/sms.db inside the backup. */
  smsDb: string;
  /** The address book, or null when the backup has none. */
  addressBook: string | null;
}

function lookupFileIds(manifest: string, copyPath: string): Map<BackupFile, string> {
  let db: ReturnType<typeof openReadOnly> | null = null;
  try {
    db = openReadOnly(copyPath);
    const found = new Map<BackupFile, string>();
    const statement = db.prepare('SELECT fileID FROM Files WHERE domain = ? AND relativePath = ? LIMIT 1');
    for (const file of [SMS_DB, ADDRESS_BOOK]) {
      const row = statement.get(file.domain, file.relativePath) as { fileID: unknown } | undefined;
      if (row === undefined) continue;
      // Manifest.db is input like any other: an ID that is not 40 hex digits could point outside the folder.
      if (typeof row.fileID !== 'string' || !FILE_ID.test(row.fileID)) {
        throw new ImportInputError('MALFORMED_INPUT', manifest, `table Files: invalid fileID for ${file.relativePath}`);
      }
      found.set(file, row.fileID.toLowerCase());
    }
    return found;
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) {
      throw new ImportInputError('MALFORMED_INPUT', manifest, `Manifest.db cannot be read (${(err as Error).message})`, null, {
        cause: err,
      });
    }
    throw err;
  } finally {
    db?.close();
  }
}

/** Where the stored copy of a file is: `<first two hex digits>/<fileID>`. */
async function storedFile(dir: string, fileId: string): Promise<string | null> {
  const path = join(dir, fileId.slice(0, 2), fileId);
  return (await isFile(path)) ? path : null;
}

/**
 * The Messages database and address book of an unencrypted iOS 10+ backup, or an ImportInputError
 * saying why they cannot be had: encrypted, too old, not a backup, no messages in it, incomplete.
 */
export async function locateBackupFiles(dir: string): Promise<BackupFiles> {
  const manifest = await manifestDb(dir);
  const ids = await withTempCopy(manifest, (copy) => lookupFileIds(manifest, copy));
  const smsId = ids.get(SMS_DB);
  if (smsId === undefined) {
    throw new ImportInputError('EMPTY_BACKUP', dir, `the backup has no Messages database (${SMS_DB.domain}/${SMS_DB.relativePath})`);
  }
  const smsDb = await storedFile(dir, smsId);
  if (smsDb === null) {
    throw new ImportInputError(
      'MALFORMED_INPUT',
      dir,
      `Manifest.db lists the Messages database as ${smsId}, but ${smsId.slice(0, 2)}/${smsId} is missing: the backup folder is incomplete`,
    );
  }
  const bookId = ids.get(ADDRESS_BOOK);
  return { smsDb, addressBook: bookId === undefined ? null : await storedFile(dir, bookId) };
}
