// SPDX-License-Identifier: MIT
// Writes iPhone backup folders laid out as Finder/iTunes (iOS 10+) leaves them: Info.plist,
// Status.plist, Manifest.plist, Manifest.db (table Files) and each file stored as
// <first two hex digits of its fileID>/<fileID>, fileID = sha1("<domain>-<relativePath>").
// Variants: encrypted (then Manifest.db is ciphertext), iOS 9 style (Manifest.mbdb), no Messages.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binaryPlist, xmlPlist, type PlistValue } from './write-plist';
import { writeAppleSmsDb, type AppleSmsDbOptions, type AppleSmsMessage } from './write-apple-sms-db';

export interface BackupContact {
  first?: string;
  last?: string;
  organization?: string;
  phones?: readonly string[];
  emails?: readonly string[];
}

export interface ItunesBackupOptions {
  /** Written as Library/SMS/sms.db; without it the backup has no Messages database. */
  messages?: Iterable<AppleSmsMessage>;
  smsDb?: AppleSmsDbOptions;
  /** Written as Library/AddressBook/AddressBook.sqlitedb; without it there is no address book. */
  contacts?: readonly BackupContact[];
  /** Manifest.plist says IsEncrypted and Manifest.db is random bytes, as in an encrypted backup. */
  encrypted?: boolean;
  /** Manifest.plist encoding: binary (what Finder writes, the default) or XML. */
  plist?: 'binary' | 'xml';
  /** An iOS 9 backup: Manifest.mbdb and flat files instead of Manifest.db. */
  mbdb?: boolean;
  /** Leave the stored sms.db out of the folder while Manifest.db still lists it. */
  dropSmsFile?: boolean;
}

export const SMS_DB_PATH = { domain: 'HomeDomain', relativePath: 'Library/SMS/sms.db' } as const;
export const ADDRESS_BOOK_PATH = { domain: 'HomeDomain', relativePath: 'Library/AddressBook/AddressBook.sqlitedb' } as const;

export function backupFileId(domain: string, relativePath: string): string {
  return createHash('sha1').update(`${domain}-${relativePath}`).digest('hex');
}

function storedPath(dir: string, fileId: string): string {
  mkdirSync(join(dir, fileId.slice(0, 2)), { recursive: true });
  return join(dir, fileId.slice(0, 2), fileId);
}

function writeAddressBook(path: string, contacts: readonly BackupContact[]): void {
  const db = new Database(path);
  try {
    db.exec(`
      CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, First TEXT, Last TEXT, Middle TEXT, FirstPhonetic TEXT,
        MiddlePhonetic TEXT, LastPhonetic TEXT, Organization TEXT, Department TEXT, Note TEXT, Kind INTEGER, Birthday TEXT,
        JobTitle TEXT, Nickname TEXT, Prefix TEXT, Suffix TEXT, CreationDate INTEGER, ModificationDate INTEGER);
      CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER, identifier INTEGER, label INTEGER,
        value TEXT, guid TEXT);
      CREATE TABLE ABMultiValueLabel (value TEXT, UNIQUE(value));
      INSERT INTO ABMultiValueLabel VALUES ('_$!<Mobile>!$_'), ('_$!<Home>!$_');`);
    const person = db.prepare('INSERT INTO ABPerson (First, Last, Organization, Kind) VALUES (?, ?, ?, 0)');
    const value = db.prepare('INSERT INTO ABMultiValue (record_id, property, identifier, label, value) VALUES (?, ?, ?, 1, ?)');
    db.transaction(() => {
      for (const c of contacts) {
        const id = person.run(c.first ?? null, c.last ?? null, c.organization ?? null).lastInsertRowid;
        (c.phones ?? []).forEach((phone, i) => value.run(id, 3, i, phone));
        (c.emails ?? []).forEach((email, i) => value.run(id, 4, i, email));
      }
    })();
  } finally {
    db.close();
  }
}

function writeManifestDb(path: string, files: readonly { domain: string; relativePath: string; flags: number }[]): void {
  const db = new Database(path);
  try {
    db.exec(`CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER, file BLOB);
             CREATE INDEX FilesDomainIdx ON Files(domain);
             CREATE INDEX FilesRelativePathIdx ON Files(relativePath);
             CREATE INDEX FilesFlagsIdx ON Files(flags);
             CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB);`);
    const insert = db.prepare('INSERT INTO Files VALUES (?, ?, ?, ?, ?)');
    for (const f of files) {
      // `file` is an NSKeyedArchiver plist of the file's metadata; nothing reads it here.
      insert.run(backupFileId(f.domain, f.relativePath), f.domain, f.relativePath, f.flags, binaryPlist({ Size: 0 }));
    }
  } finally {
    db.close();
  }
}

/** Writes a backup into `dir` (created if needed); returns where sms.db and the address book went. */
export function writeItunesBackup(dir: string, options: ItunesBackupOptions = {}): { smsDb: string | null; addressBook: string | null } {
  mkdirSync(dir, { recursive: true });
  const udid = createHash('sha1').update(dir).digest('hex');
  const info: Record<string, PlistValue> = { 'Device Name': '张伟的 iPhone', 'Product Version': '17.5.1', 'Unique Identifier': udid };
  writeFileSync(join(dir, 'Info.plist'), xmlPlist(info));
  writeFileSync(join(dir, 'Status.plist'), binaryPlist({ IsFullBackup: false, Version: '3.3', SnapshotState: 'finished' }));
  const manifest = { IsEncrypted: options.encrypted ?? false, Version: '10.0', WasPasscodeSet: true, SystemDomainsVersion: '24.0' };
  writeFileSync(join(dir, 'Manifest.plist'), options.plist === 'xml' ? xmlPlist(manifest) : binaryPlist(manifest));

  const entries = [
    { domain: 'HomeDomain', relativePath: 'Library', flags: 2 },
    { domain: 'HomeDomain', relativePath: 'Library/Preferences/com.apple.MobileSMS.plist', flags: 1 },
  ];
  let smsDb: string | null = null;
  let addressBook: string | null = null;
  const place = (path: { domain: string; relativePath: string }) =>
    options.mbdb ? join(dir, backupFileId(path.domain, path.relativePath)) : storedPath(dir, backupFileId(path.domain, path.relativePath));
  if (options.messages) {
    entries.push({ ...SMS_DB_PATH, flags: 1 });
    smsDb = place(SMS_DB_PATH);
    writeAppleSmsDb(smsDb, options.messages, options.smsDb);
    if (options.dropSmsFile) {
      rmSync(smsDb);
      smsDb = null;
    }
  }
  if (options.contacts) {
    entries.push({ ...ADDRESS_BOOK_PATH, flags: 1 });
    addressBook = place(ADDRESS_BOOK_PATH);
    writeAddressBook(addressBook, options.contacts);
  }
  if (options.mbdb) {
    // The iOS 5-9 manifest: "mbdb" magic, version 5.0, then records this reader never parses.
    writeFileSync(join(dir, 'Manifest.mbdb'), Buffer.concat([Buffer.from('mbdb\x05\x00', 'latin1'), randomBytes(64)]));
  } else if (options.encrypted) {
    writeFileSync(join(dir, 'Manifest.db'), randomBytes(8192));
  } else {
    writeManifestDb(join(dir, 'Manifest.db'), entries);
  }
  return { smsDb, addressBook };
}
