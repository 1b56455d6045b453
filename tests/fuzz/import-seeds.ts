// SPDX-License-Identifier: MIT
// The valid files the importer fuzzing damages, per format: the real samples in
// ../shared/fixtures/import where there are some (SMS Backup & Restore XML, Android mmssms.db, a
// Mac chat.db), and for the other formats files written by tests/support's writers in their
// several dialects (encodings, delimiters, shapes, vMessage styles), plus a zip holding several.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportedSms } from '../support/exported-sms';
import { writeBugleDb } from '../support/write-bugle-db';
import { csvExportFile, ENGLISH_HEADERS } from '../support/write-csv-export';
import { writeHuaweiHarassmentDb, writeHuaweiSmsDb } from '../support/write-huawei-db';
import { writeItunesBackup } from '../support/write-itunes-backup';
import { CHINESE_KEYS, jsonExportFile } from '../support/write-json-export';
import { vmessageFile } from '../support/write-vmessage';
import { writeZip } from '../support/write-zip';

export const SHARED_FIXTURES = resolve(__dirname, '../../../shared/fixtures/import');

const T0 = Date.UTC(2025, 3, 16, 5, 9, 12);
const MINUTE = 60_000;

export const SEED_MESSAGES: ExportedSms[] = [
  { address: '13900001111', time: T0, type: 1, body: '林晓峰先生，您在速借宝的借款已逾期35天，今日不还将联系您的家人', contactName: '催收' },
  { address: '13900001111', time: T0 + 11 * MINUTE, type: 2, body: '我没有借过钱，"别再打了"\n谢谢' },
  { address: '95588', time: T0 + 30 * MINUTE, type: 1, body: '【工商银行】您尾号8848的卡支出500.00元😂' },
  { address: '+447700900123', time: T0 + 31 * MINUTE, type: 1, body: 'Your code is 482913; =;,|\t<>&' },
];

export interface Seed {
  name: string;
  /** A file, or for iPhone backups a folder. */
  path: string;
}

export function sbrXmlSeeds(): Seed[] {
  const dir = join(SHARED_FIXTURES, 'sbr-xml');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => ({ name: f, path: join(dir, f) }));
}

export const ANDROID_MMSSMS_SEED: Seed = { name: 'plaso__mmssms.db', path: join(SHARED_FIXTURES, 'android-mmssms/plaso__mmssms.db') };
export const APPLE_CHAT_DB_SEED: Seed = { name: 'plaso__imessage_chat.db', path: join(SHARED_FIXTURES, 'apple-chatdb/plaso__imessage_chat.db') };

/** The typedstream attributedBody blobs imessage-exporter tests with. */
export function attributedBodySeeds(): Buffer[] {
  const dir = join(SHARED_FIXTURES, 'imessage-attributedBody');
  return readdirSync(dir)
    .filter((f) => !f.startsWith('LICENSE'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

function writeSeed(dir: string, name: string, write: (path: string) => void): Seed {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  write(path);
  return { name, path };
}

export function bugleSeeds(dir: string): Seed[] {
  return [
    writeSeed(dir, 'bugle_db', (path) =>
      writeBugleDb(
        path,
        SEED_MESSAGES.map((m, i) => ({
          conversation: [m.address],
          sender: m.type === 1 ? m.address : null,
          time: m.time,
          protocol: i % 2,
          parts: [{ contentType: 'text/plain', text: m.body }, ...(i === 3 ? [{ contentType: 'image/jpeg', uri: 'content://x' }] : [])],
        })),
        { names: new Map([['13900001111', '催收']]) },
      ),
    ),
  ];
}

export function huaweiSeeds(dir: string): { sms: Seed[]; harassment: Seed[] } {
  return {
    sms: [
      writeSeed(dir, 'huawei-sms.db', (path) =>
        writeHuaweiSmsDb(
          path,
          SEED_MESSAGES.map((m) => ({ address: m.address, time: m.time, type: m.type, body: m.body })),
          [{ date: T0 / 1000, msgBox: 1, parts: [{ ct: 'text/plain', text: '彩信正文' }], addrs: [{ address: '13900001111', type: 137 }] }],
        ),
      ),
    ],
    harassment: [
      writeSeed(dir, 'harassment.db', (path) =>
        writeHuaweiHarassmentDb(path, [{ phone: '17100001111', body: '【速借宝】您的逾期记录已上报征信', date: T0 }], [{ phone: '17100001111', date: T0 + MINUTE }]),
      ),
    ],
  };
}

export function itunesBackupSeeds(dir: string): Seed[] {
  const path = join(dir, 'iphone-backup');
  mkdirSync(path, { recursive: true });
  writeItunesBackup(path, {
    messages: SEED_MESSAGES.map((m) => ({ address: m.address, fromMe: m.type === 2, time: m.time, text: m.body })),
    contacts: [{ first: '晓峰', last: '林', phones: ['13900001111'] }],
  });
  return [{ name: 'iphone-backup', path }];
}

export function textExportSeeds(dir: string): { vmessage: Seed[]; csv: Seed[]; json: Seed[] } {
  const file = (name: string, bytes: Buffer) => writeSeed(dir, name, (path) => writeFileSync(path, bytes));
  return {
    vmessage: [
      file('irmc.vmsg', vmessageFile(SEED_MESSAGES)),
      file('mtk.vmsg', vmessageFile(SEED_MESSAGES, { style: 'mtk', qpLineLength: 30 })),
      file('utf16.vmsg', vmessageFile(SEED_MESSAGES, { encoding: 'utf-16le', bom: true })),
    ],
    csv: [
      file('export.csv', csvExportFile(SEED_MESSAGES)),
      file('export-gb18030.tsv', csvExportFile(SEED_MESSAGES, { encoding: 'gb18030', delimiter: '\t' })),
      file('export-en.csv', csvExportFile(SEED_MESSAGES, { headers: ENGLISH_HEADERS, delimiter: ';', quoteAll: true, timeFormat: 'epoch-ms', directionWords: ['inbox', 'sent'] })),
      file('export-utf16.csv', csvExportFile(SEED_MESSAGES, { encoding: 'utf-16be', bom: true, delimiter: '|', timeFormat: 'dd.MM.yyyy HH:mm' })),
    ],
    json: [
      file('array.json', jsonExportFile(SEED_MESSAGES, { pretty: true })),
      file('wrapper.json', jsonExportFile(SEED_MESSAGES, { shape: 'wrapper', keys: CHINESE_KEYS, timeFormat: 'yyyy/MM/dd HH:mm:ss' })),
      file('lines.jsonl', jsonExportFile(SEED_MESSAGES, { shape: 'lines', encoding: 'utf-16le' })),
    ],
  };
}

export async function zipSeeds(dir: string, inside: { xml: Seed; csv: Seed; db: Seed }): Promise<Seed[]> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'phone.zip');
  await writeZip(path, [
    { name: 'backup/sms.xml', content: readFileSync(inside.xml.path) },
    { name: 'backup/export.csv', content: readFileSync(inside.csv.path), store: true },
    { name: 'backup/mmssms.db', content: readFileSync(inside.db.path) },
    { name: 'photo.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
  ]);
  return [{ name: 'phone.zip', path }];
}
