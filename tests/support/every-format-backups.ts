// SPDX-License-Identifier: MIT
// One backup of every format `leakline import` reads: the real samples in ../shared/fixtures/import
// where there are some (SMS Backup & Restore XML, Android mmssms.db, an iPhone chat.db), and files
// written by this folder's writers for the rest, plus a zip holding one of them. A few messages
// each, with a collection threat and a personal detail so that analysis and the report have
// something to say; each format's texts differ, so none is skipped as a duplicate of another's.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportedSms } from './exported-sms';
import { writeBugleDb } from './write-bugle-db';
import { writeCsvExport } from './write-csv-export';
import { writeHuaweiHarassmentDb, writeHuaweiSmsDb } from './write-huawei-db';
import { writeItunesBackup } from './write-itunes-backup';
import { writeJsonExport } from './write-json-export';
import { writeVmessageFile } from './write-vmessage';
import { writeZip } from './write-zip';

const SHARED_IMPORT = resolve(__dirname, '../../../shared/fixtures/import');
const T0 = Date.UTC(2025, 3, 16, 5, 9, 12);
const MINUTE = 60_000;

function messages(format: string): ExportedSms[] {
  return [
    { address: '13900001111', time: T0, type: 1, body: `林晓峰先生，您在速借宝的借款已逾期35天，今日不还将联系您的家人（${format}）` },
    { address: '13900001111', time: T0 + 11 * MINUTE, type: 2, body: `我没有借过钱（${format}）` },
    { address: '95588', time: T0 + 30 * MINUTE, type: 1, body: `【工商银行】您尾号8848的卡支出500.00元（${format}）` },
  ];
}

/** Writes the generated backups into `dir` and returns every backup path, the shared samples included. */
export async function writeEveryFormatBackups(dir: string): Promise<string[]> {
  mkdirSync(join(dir, 'huawei'), { recursive: true });
  const paths = [
    join(SHARED_IMPORT, 'sbr-xml/devadvance__sms_small.xml'),
    join(SHARED_IMPORT, 'android-mmssms/plaso__mmssms.db'),
    join(SHARED_IMPORT, 'apple-chatdb/plaso__imessage_chat.db'),
  ];

  const bugle = join(dir, 'bugle_db');
  writeBugleDb(
    bugle,
    messages('google-bugle').map((m) => ({ conversation: [m.address], sender: m.type === 1 ? m.address : null, time: m.time, parts: [{ contentType: 'text/plain', text: m.body }] })),
  );
  const iphone = join(dir, 'iphone-backup');
  writeItunesBackup(iphone, { messages: messages('itunes-backup').map((m) => ({ address: m.address, fromMe: m.type === 2, time: m.time, text: m.body })) });
  const huaweiSms = join(dir, 'huawei/sms.db');
  writeHuaweiSmsDb(huaweiSms, messages('huawei-sms').map((m) => ({ address: m.address, time: m.time, type: m.type, body: m.body })));
  const harassment = join(dir, 'huawei/harassment.db');
  writeHuaweiHarassmentDb(harassment, [{ phone: '17100001111', body: '【速借宝】您的逾期记录已上报征信，速回电（huawei-harassment）', date: T0 }], [{ phone: '17100001111', date: T0 + MINUTE }]);
  const vmessage = join(dir, 'messages.vmsg');
  await writeVmessageFile(vmessage, messages('vmessage'));
  const csv = join(dir, 'export.csv');
  await writeCsvExport(csv, messages('csv'));
  const json = join(dir, 'export.json');
  await writeJsonExport(json, messages('json'));
  // A zip is a container, not a format of its own: what it holds is imported as that format.
  const inner = join(dir, 'zipped.json');
  await writeJsonExport(inner, messages('json in a zip'));
  const zip = join(dir, 'phone.zip');
  await writeZip(zip, [{ name: 'export/messages.json', content: readFileSync(inner) }]);

  return [...paths, bugle, iphone, huaweiSms, harassment, vmessage, csv, json, zip];
}
