// SPDX-License-Identifier: MIT
// The CSV/TSV importer on exports written the way 短信备份 apps, PC suites and spreadsheets write
// them: encodings, delimiters, Chinese and English headers, date formats, mappings, broken files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { fileSource } from '../../../src-main/core/import/byte-source';
import type { MessageRecord, ReadOptions } from '../../../src-main/core/import/records';
import { createCsvExportImporter, csvExportImporter, previewCsv, sniffCsv } from '../../../src-main/core/importers/csv-export';
import type { CsvMapping } from '../../../src-main/core/model/csv-mapping';
import type { ExportedSms } from '../../support/exported-sms';
import { memorySource, readAll, readError } from '../../support/memory-byte-source';
import { CHINESE_HEADERS, csvExportFile, type CsvExportOptions, ENGLISH_HEADERS, writeCsvExport } from '../../support/write-csv-export';

const SHANGHAI: ReadOptions = { timeZone: 'Asia/Shanghai' };
/** 2025-04-16 13:09:00 in Shanghai: whole minutes, so formats without seconds read back the same. */
const T0 = Date.UTC(2025, 3, 16, 5, 9, 0);

const MESSAGES: ExportedSms[] = [
  { address: '95588', time: T0, type: 1, body: '【工商银行】您尾号6688的储蓄卡4月16日13:09支出人民币1,280.00元，余额23,456.78元。', contactName: '工商银行' },
  { address: '13800138000', time: T0 + 60_000, type: 2, body: '好的，"老地方"见\r\n记得带伞，别迟到' },
  { address: '1069012345678', time: T0 + 120_000, type: 1, body: '【淘宝】验证码 482913，5分钟内有效😂；请勿告诉他人|谢谢' },
];

async function messages(bytes: Buffer | string, options: ReadOptions = SHANGHAI, chunkSize?: number): Promise<MessageRecord[]> {
  const { records } = await readAll(csvExportImporter, memorySource(bytes, { chunkSize }), options);
  return records as MessageRecord[];
}

function expectMessages(records: MessageRecord[], expected = MESSAGES): void {
  expect(records.map((r) => [r.address, r.direction, r.box, r.time, r.body])).toEqual(
    expected.map((m) => [m.address, m.type === 1 ? 'in' : 'out', m.type === 1 ? 'inbox' : 'sent', m.time, m.body]),
  );
}

async function malformed(bytes: Buffer | string, options: ReadOptions = SHANGHAI): Promise<ImportInputError> {
  const err = await readError(csvExportImporter, memorySource(bytes, { name: 'export.csv' }), options);
  expect(err).toBeInstanceOf(ImportInputError);
  expect((err as ImportInputError).code).toBe('MALFORMED_INPUT');
  return err as ImportInputError;
}

describe('csvExportImporter encodings and delimiters', () => {
  it('reads a UTF-8 export with Chinese headers, contact names and quoted fields', async () => {
    const records = await messages(csvExportFile(MESSAGES));
    expectMessages(records);
    expect(records.map((r) => r.contactName)).toEqual(['工商银行', null, null]);
    expect(records[0]).toMatchObject({ kind: 'sms', read: null, timeSent: null, serviceCenter: null });
  });

  it.each<[string, CsvExportOptions]>([
    ['UTF-8 with BOM', { bom: true }],
    ['UTF-16LE with BOM', { encoding: 'utf-16le', bom: true }],
    ['UTF-16LE without BOM', { encoding: 'utf-16le' }],
    ['UTF-16BE with BOM', { encoding: 'utf-16be', bom: true }],
    ['UTF-16BE without BOM', { encoding: 'utf-16be' }],
    ['GB18030', { encoding: 'gb18030' }],
    ['tab-separated UTF-16LE (Excel "Unicode text")', { encoding: 'utf-16le', bom: true, delimiter: '\t' }],
    ['semicolon-separated', { delimiter: ';' }],
    ['pipe-separated', { delimiter: '|' }],
    ['every field quoted', { quoteAll: true }],
    ['LF line breaks', { lineBreak: '\n' }],
  ])('reads %s', async (_name, options) => {
    expectMessages(await messages(csvExportFile(MESSAGES, options)));
  });

  it('reads GBK, which is decoded as GB18030', async () => {
    const gbk = iconv.encode(csvExportFile(MESSAGES.slice(0, 2)).toString('utf8'), 'gbk');
    expectMessages(await messages(gbk), MESSAGES.slice(0, 2));
  });

  it('reads a tab-separated export with English headers and Android type numbers', async () => {
    const file = csvExportFile(MESSAGES, { headers: ENGLISH_HEADERS, delimiter: '\t', directionWords: ['1', '2'] });
    expectMessages(await messages(file));
  });

  it('reads the same records whatever the chunk boundaries', async () => {
    for (const options of [{}, { encoding: 'gb18030' }, { encoding: 'utf-16le', bom: true }] as CsvExportOptions[]) {
      const file = csvExportFile(MESSAGES, options);
      for (const chunkSize of [1, 3, 5]) expectMessages(await messages(file, SHANGHAI, chunkSize));
    }
  });
});

describe('csvExportImporter times', () => {
  it.each([
    'yyyy-MM-dd HH:mm:ss',
    'yyyy/M/d H:mm',
    "yyyy'年'M'月'd'日' H:mm",
    "yyyy-MM-dd'T'HH:mm:ss",
    'epoch-s',
    'epoch-ms',
  ])('reads times written as %s', async (timeFormat) => {
    expectMessages(await messages(csvExportFile(MESSAGES, { timeFormat })));
  });

  it('lets an offset written in the value win over the import time zone', async () => {
    const file = csvExportFile(MESSAGES, { timeFormat: "yyyy-MM-dd'T'HH:mm:ssZZ" });
    expect(file.toString('utf8')).toContain('2025-04-16T13:09:00+08:00');
    expectMessages(await messages(file, { timeZone: 'UTC' }));
  });

  it('reads the same wall clock 8 hours apart in Asia/Shanghai and in UTC', async () => {
    const file = csvExportFile(MESSAGES);
    const shanghai = await messages(file, { timeZone: 'Asia/Shanghai' });
    const utc = await messages(file, { timeZone: 'UTC' });
    expect(utc.map((r, i) => r.time - shanghai[i]!.time)).toEqual([8 * 3600_000, 8 * 3600_000, 8 * 3600_000]);
  });

  it('reads a whole column day first when one sample cannot be month first', async () => {
    const text = '号码,内容,时间\n10086,一,13/04/2025 09:00\n10086,二,04/05/2025 09:00\n';
    const records = await messages(text, { timeZone: 'UTC' });
    expect(records.map((r) => new Date(r.time).toISOString())).toEqual(['2025-04-13T09:00:00.000Z', '2025-05-04T09:00:00.000Z']);
  });

  it('names the row and column of an unrecognised time, never the text of the row', async () => {
    const text = '号码,内容,时间\n10086,余额提醒,2025-04-16 13:09\n13800138000,借款已逾期请还款,昨天下午\n';
    const err = await malformed(text);
    expect(err.message).toContain('row 3, column "时间"');
    expect(err.message).toContain('--csv-time-format');
    expect(err.message).not.toMatch(/逾期|13800138000|昨天/);
  });

  it('rejects an empty time and an unknown direction, naming the row', async () => {
    expect((await malformed('号码,内容,时间\n10086,余额提醒,\n')).message).toMatch(/row 2, column "时间": empty/);
    const err = await malformed('号码,内容,时间,类型\n10086,余额提醒,2025-04-16 13:09,接收\n10086,话费,2025-04-16 13:10,彩信\n');
    expect(err.message).toMatch(/row 3, column "类型": the value is not a direction/);
    expect(err.message).not.toContain('彩信');
  });
});

describe('csvExportImporter column mapping', () => {
  it('places columns named 对方号码 / 短信内容 / 接收时间 / 收发 / 联系人姓名', async () => {
    const text = '序号,对方号码,联系人姓名,收发,接收时间,短信内容\n1,10086,中国移动,收到,2025/4/16 13:09,【中国移动】话费余额12.50元\n2,13900139000,李娜,已发送,2025/4/16 13:10,收到\n';
    const records = await messages(text);
    expect(records.map((r) => [r.address, r.contactName, r.direction, r.time, r.body])).toEqual([
      ['10086', '中国移动', 'in', T0, '【中国移动】话费余额12.50元'],
      ['13900139000', '李娜', 'out', T0 + 60_000, '收到'],
    ]);
  });

  it('uses an explicit mapping exactly, over what inference would pick', async () => {
    const text = '电话,内容,时间,摘要,备用时间\n10086,原文,2025-04-16 13:09:00,摘要文字,16/04/2025 14:09\n';
    const mapping: CsvMapping = {
      encoding: 'utf-8',
      delimiter: ',',
      columns: { address: '电话', body: '摘要', time: '备用时间', direction: null, contactName: null, type: null },
      timeFormat: 'dd/MM/yyyy HH:mm',
    };
    const [record] = await messages(text, { ...SHANGHAI, csvMapping: mapping });
    expect(record).toMatchObject({ address: '10086', body: '摘要文字', time: T0 + 3600_000, direction: 'in', box: 'unknown' });
  });

  it('takes the encoding and delimiter of an explicit mapping', async () => {
    const file = csvExportFile(MESSAGES, { encoding: 'gb18030', delimiter: ';' });
    const mapping: CsvMapping = {
      encoding: 'gb18030',
      delimiter: ';',
      columns: { address: '号码', body: '内容', time: '时间', direction: '类型', contactName: null, type: null },
      timeFormat: null,
    };
    expectMessages(await messages(file, { ...SHANGHAI, csvMapping: mapping }));
  });

  it('rejects a mapped column the header row does not have, listing the columns', async () => {
    const mapping: CsvMapping = {
      encoding: 'utf-8',
      delimiter: ',',
      columns: { address: '号码', body: '短信', time: '时间', direction: null, contactName: null, type: null },
      timeFormat: null,
    };
    const err = await malformed(csvExportFile(MESSAGES), { ...SHANGHAI, csvMapping: mapping });
    expect(err.message).toContain('the body column "短信" is not in the header row; the columns are: "号码", "联系人", "类型", "时间", "内容"');
  });

  it('says which required columns are missing and how to set them', async () => {
    const err = await malformed('编号,备注,发送者\n1,晚上吃饭,张伟\n');
    expect(err.message).toMatch(/number \(--csv-address <column>\), the message text \(--csv-body <column>\), the time \(--csv-time <column>\)/);
    expect(err.message).toContain('"编号", "备注", "发送者"');
    expect(err.message).not.toContain('晚上吃饭');
  });

  it('does not print a first row that is a message, not a header row', async () => {
    const err = await malformed('13912345678,您身份证32010619900517283X的借款已逾期,2025-04-16 13:09\n');
    expect(err.message).toContain('does not look like a header row');
    expect(err.message).not.toMatch(/13912345678|32010619900517283X|逾期/);
  });

  it('leaves a 类型 column that holds 短信/彩信 unmapped instead of failing on it', async () => {
    const records = await messages('号码,内容,时间,类型\n10086,余额提醒,2025-04-16 13:09,短信\n');
    expect(records[0]).toMatchObject({ direction: 'in', box: 'unknown', body: '余额提醒' });
  });
});

describe('csvExportImporter on broken files', () => {
  it('reports a quote that is never closed by line, without the field', async () => {
    const err = await malformed('号码,内容,时间\n10086,"余额提醒 2025-04-16 13:09\n10010,流量,2025-04-16 13:10\n');
    expect(err.message).toMatch(/never closed/);
    expect(err.message).not.toContain('余额');
  });

  it('reports an empty file and a header without rows', async () => {
    expect(await readError(csvExportImporter, memorySource(''), SHANGHAI)).toMatchObject({ code: 'UNKNOWN_FORMAT' });
    expect(await readError(csvExportImporter, memorySource('号码,内容,时间\r\n'), SHANGHAI)).toMatchObject({ code: 'EMPTY_BACKUP' });
  });

  it('skips rows that are only separators', async () => {
    const records = await messages('号码,内容,时间\n,,\n10086,余额提醒,2025-04-16 13:09\n');
    expect(records).toHaveLength(1);
  });

  it('yields the records before a later error so the pipeline can roll them back', async () => {
    const importer = createCsvExportImporter({ batchSize: 1 });
    const seen: number[] = [];
    const text = '号码,内容,时间\n10086,一,2025-04-16 13:09\n10086,二,2025-04-16 13:10\n10086,三,不是时间\n';
    await expect(async () => {
      for await (const batch of importer.read(memorySource(text, { chunkSize: 8 }), SHANGHAI)) seen.push(batch.length);
    }).rejects.toThrow(ImportInputError);
    expect(seen).toEqual([1, 1]);
  });

  it('stops with CancelledError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readError(csvExportImporter, memorySource(csvExportFile(MESSAGES)), { signal: controller.signal })).toBeInstanceOf(CancelledError);
  });
});

describe('sniffCsv', () => {
  it.each<[string, Buffer | string]>([
    ['Chinese headers', csvExportFile(MESSAGES)],
    ['English TSV', csvExportFile(MESSAGES, { headers: ENGLISH_HEADERS, delimiter: '\t' })],
    ['UTF-16LE without BOM', csvExportFile(MESSAGES, { encoding: 'utf-16le' })],
    ['GB18030', csvExportFile(MESSAGES, { encoding: 'gb18030' })],
    ['quoted headers', '"address","body","date","type"\n"10086","hi","1744780152000","1"\n'],
  ])('recognises an export with %s', (_name, bytes) => {
    expect(sniffCsv(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes))).toBe(true);
  });

  it.each([
    ['prose with commas', '你好，世界, this is, just text\nand more, lines\n'],
    ['a one-column list', '号码\n10086\n'],
    ['JSON', '[{"address":"10086","body":"hi"}]'],
    ['SBR XML', "<?xml version='1.0'?>\n<smses count=\"1\">"],
    ['vMessage', 'BEGIN:VMSG\r\nVERSION:1.1\r\n'],
    ['binary', '\0\x01\x02,\x03\x04'],
  ])('does not take %s for an export', (_name, text) => {
    expect(sniffCsv(Buffer.from(text))).toBe(false);
  });
});

describe('previewCsv', () => {
  it('returns the guess, the headers and at most 20 sample rows', async () => {
    const many = Array.from({ length: 30 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 60_000 }));
    const preview = await previewCsv(memorySource(csvExportFile(many, { encoding: 'utf-16le', bom: true, delimiter: '\t' })));
    expect(preview.mapping).toEqual({
      encoding: 'utf-16le',
      delimiter: '\t',
      columns: { address: '号码', body: '内容', time: '时间', direction: null, contactName: '联系人', type: '类型' },
      timeFormat: null,
    });
    expect(preview.headers).toEqual(['号码', '联系人', '类型', '时间', '内容']);
    expect(preview.sampleRows).toHaveLength(20);
    expect(preview.sampleRows[1]).toEqual(['13800138000', '', '发送', '2025-04-16 13:10:00', MESSAGES[1]!.body]);
    expect(preview.missing).toEqual([]);
  });

  it('lists the required fields it could not place, with empty column names', async () => {
    const preview = await previewCsv(memorySource('编号,备注,时间\n1,晚上吃饭,2025-04-16 13:09\n'));
    expect(preview.missing).toEqual(['address', 'body']);
    expect(preview.mapping.columns).toMatchObject({ address: '', body: '', time: '时间' });
  });

  it('reads only the head of a large file', async () => {
    const many = Array.from({ length: 5_000 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 60_000 }));
    const file = csvExportFile(many);
    let served = 0;
    const source = memorySource(file, { chunkSize: 16 * 1024 });
    const counted = { ...source, open: () => (async function* () { for await (const c of source.open()) { served += c.length; yield c; } })() };
    await previewCsv(counted);
    expect(file.length).toBeGreaterThan(500_000);
    expect(served).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('writeCsvExport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams an export the importer reads back in batches of 500', async () => {
    const path = join(dir, 'sms.csv');
    const many = Array.from({ length: 1_200 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 1000 }));
    await writeCsvExport(path, many, { encoding: 'gb18030', headers: CHINESE_HEADERS });
    const { records, batches } = await readAll(csvExportImporter, fileSource(path), SHANGHAI);
    expect(batches).toEqual([500, 500, 200]);
    expect((records as MessageRecord[]).map((r) => r.body)).toEqual(many.map((m) => m.body));
  });
});
