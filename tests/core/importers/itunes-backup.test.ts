// SPDX-License-Identifier: MIT
// iPhone backup folders as Finder/iTunes write them: messages read from the stored sms.db with
// contact names from the stored address book, nothing written inside the backup, and a clear
// error for every backup that cannot be read.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { MessageRecord, type ImportRecord, type ReadOptions } from '../../../src-main/core/import/records';
import { itunesBackupImporter } from '../../../src-main/core/importers/itunes-backup';
import type { AppleSmsMessage } from '../../support/write-apple-sms-db';
import { ADDRESS_BOOK_PATH, backupFileId, SMS_DB_PATH, writeItunesBackup, type BackupContact } from '../../support/write-itunes-backup';
import { scratchDir } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2024, 2, 15, 1, 30);

const MESSAGES: AppleSmsMessage[] = [
  { address: '+8613800138000', fromMe: false, time: T0, text: '晚上回来吃饭吗？', store: 'attributedBody' },
  { address: '+8613800138000', fromMe: true, time: T0 + 60_000, text: '好的', handleless: true },
  { address: 'Li.Na@QQ.com', fromMe: false, time: T0 + 120_000, text: '周末一起去爬山吧', service: 'iMessage' },
  { address: '95588', fromMe: false, time: T0 + 180_000, text: '【工商银行】您尾号6688的储蓄卡支出人民币1,280.00元。' },
  { address: '447775455555', fromMe: false, time: T0 + 240_000, text: 'Hello from London' },
  { address: '13900139000', fromMe: false, time: T0 + 300_000, text: '您的借款已逾期', isSpam: true },
  { address: ['+8613800138000', '13900139000'], fromMe: true, time: T0 + 360_000, text: '大家好' },
];

const CONTACTS: BackupContact[] = [
  { first: '伟', last: '张', phones: ['+86 138-0013-8000'] },
  { first: 'Na', last: 'Li', emails: ['li.na@qq.com'] },
  { organization: '工商银行', phones: ['95588'] },
  { first: 'John', last: 'Smith', phones: ['+44 7775 455555'] },
  { first: '重复', phones: ['138 0013 8000'] },
];

function backup(options: Parameters<typeof writeItunesBackup>[1]): string {
  const dir = scratch.path('backup');
  writeItunesBackup(dir, options);
  return dir;
}

async function readAll(dir: string, options: ReadOptions = {}): Promise<MessageRecord[]> {
  const records: ImportRecord[] = [];
  for await (const batch of itunesBackupImporter.read(dir, options)) records.push(...batch);
  return records as MessageRecord[];
}

async function readError(dir: string): Promise<ImportInputError> {
  try {
    await readAll(dir);
  } catch (err) {
    if (err instanceof ImportInputError) return err;
    throw err;
  }
  throw new Error(`${dir} was read without error`);
}

/** Every file under `dir` with its size, modification time and hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = `${statSync(path).mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

describe('itunesBackupImporter', () => {
  it('finds files where Finder stores them (fileID = sha1 of domain-path)', () => {
    expect(backupFileId(SMS_DB_PATH.domain, SMS_DB_PATH.relativePath)).toBe('3d0d7e5fb2ce288813306e4d4636395e047a3d28');
    expect(backupFileId(ADDRESS_BOOK_PATH.domain, ADDRESS_BOOK_PATH.relativePath)).toBe('31bb7ba8914766d4ba40d6dfb6113c8b614be442');
  });

  it('recognises a backup folder by its manifest', async () => {
    const dir = backup({ messages: MESSAGES });
    expect(await itunesBackupImporter.sniff(dir)).toBe(true);
    expect(await itunesBackupImporter.sniff(backup({ messages: MESSAGES, mbdb: true }))).toBe(true);
    expect(await itunesBackupImporter.sniff(join(dir, 'Manifest.db'))).toBe(false);
    expect(await itunesBackupImporter.sniff(join(scratch.dir, 'no-such-folder'))).toBe(false);
    const plain = scratch.path('photos');
    mkdirSync(plain);
    writeFileSync(join(plain, 'IMG_0001.JPG'), 'jpeg');
    expect(await itunesBackupImporter.sniff(plain)).toBe(false);
  });

  it('names the stored sms.db as the evidence file', async () => {
    const dir = backup({ messages: MESSAGES });
    expect(await itunesBackupImporter.evidenceFile(dir)).toBe(join(dir, '3d', '3d0d7e5fb2ce288813306e4d4636395e047a3d28'));
  });

  it('reads the messages and attaches address-book names', async () => {
    const messages = await readAll(backup({ messages: MESSAGES, contacts: CONTACTS }));
    for (const m of messages) expect(MessageRecord.parse(m)).toEqual(m);
    expect(messages.map((m) => [m.address, m.contactName, m.direction, m.body, m.blocked ?? false])).toEqual([
      ['+8613800138000', '张伟', 'in', '晚上回来吃饭吗？', false],
      ['+8613800138000', '张伟', 'out', '好的', false],
      ['Li.Na@QQ.com', 'Na Li', 'in', '周末一起去爬山吧', false],
      ['95588', '工商银行', 'in', MESSAGES[3]!.text, false],
      ['447775455555', 'John Smith', 'in', 'Hello from London', false],
      ['13900139000', null, 'in', '您的借款已逾期', true],
      ['+8613800138000~13900139000', null, 'out', '大家好', false],
    ]);
    expect(messages[0]!.time).toBe(T0);
  });

  it('reads messages without names when the backup has no address book', async () => {
    const messages = await readAll(backup({ messages: MESSAGES }));
    expect(messages).toHaveLength(MESSAGES.length);
    expect(messages.every((m) => m.contactName === null)).toBe(true);
  });

  it('writes nothing inside the backup folder', async () => {
    const dir = backup({ messages: MESSAGES, contacts: CONTACTS, smsDb: { wal: true } });
    const before = snapshot(dir);
    await itunesBackupImporter.evidenceFile(dir);
    await readAll(dir);
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops with CancelledError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readAll(backup({ messages: MESSAGES }), { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('itunesBackupImporter on backups it cannot read', () => {
  it.each(['binary', 'xml'] as const)('says an encrypted backup is encrypted and what to do (%s Manifest.plist)', async (plist) => {
    const dir = backup({ messages: MESSAGES, encrypted: true, plist });
    expect(await itunesBackupImporter.sniff(dir)).toBe(true);
    for (const err of [await readError(dir), await itunesBackupImporter.evidenceFile(dir).catch((e: unknown) => e)]) {
      expect(err).toBeInstanceOf(ImportInputError);
      expect(err).toMatchObject({ code: 'UNKNOWN_FORMAT', file: dir });
      expect((err as Error).message).toContain('this iPhone backup is encrypted');
      expect((err as Error).message).toContain('turn off');
      expect((err as Error).message).toContain('decrypt it first');
    }
  });

  it('says a backup from iOS 9 or earlier (Manifest.mbdb) is not supported', async () => {
    const err = await readError(backup({ messages: MESSAGES, mbdb: true }));
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toContain('Manifest.mbdb');
    expect(err.message).toContain('iOS 9 or earlier');
  });

  it('says when the backup holds no Messages database', async () => {
    const err = await readError(backup({ contacts: CONTACTS }));
    expect(err.code).toBe('EMPTY_BACKUP');
    expect(err.message).toContain('no Messages database (HomeDomain/Library/SMS/sms.db)');
  });

  it('says when the listed sms.db is missing from the folder', async () => {
    const err = await readError(backup({ messages: MESSAGES, dropSmsFile: true }));
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28 is missing');
  });

  it('says a Manifest.db that is not a database is encrypted or damaged', async () => {
    const dir = backup({ messages: MESSAGES });
    writeFileSync(join(dir, 'Manifest.db'), Buffer.alloc(4096, 0xa5));
    const err = await readError(dir);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('encrypted or damaged');
  });

  it('refuses a fileID that could point outside the folder', async () => {
    const dir = backup({ messages: MESSAGES });
    const db = new Database(join(dir, 'Manifest.db'));
    db.prepare("UPDATE Files SET fileID = '../../../etc/passwd' WHERE relativePath = 'Library/SMS/sms.db'").run();
    db.close();
    const err = await readError(dir);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('invalid fileID');
  });

  it('says a Manifest.db without the Files table cannot be read', async () => {
    const dir = backup({ messages: MESSAGES });
    const db = new Database(join(dir, 'Manifest.db'));
    db.exec('DROP TABLE Files');
    db.close();
    const err = await readError(dir);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('no such table: Files');
  });

  it('says a damaged stored sms.db cannot be read', async () => {
    const dir = backup({ messages: MESSAGES });
    writeFileSync(join(dir, '3d', '3d0d7e5fb2ce288813306e4d4636395e047a3d28'), Buffer.alloc(8192, 0x5a));
    const err = await readError(dir);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.file).toBe(join(dir, '3d', '3d0d7e5fb2ce288813306e4d4636395e047a3d28'));
  });

  it('says a folder that is not there is not found', async () => {
    expect((await readError(join(scratch.dir, 'gone'))).code).toBe('FILE_NOT_FOUND');
  });
});
