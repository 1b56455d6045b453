// SPDX-License-Identifier: MIT
// The JSON importer on the three shapes exports take (array, wrapper object, JSON Lines), with
// Chinese and English keys, chunk boundaries and broken files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { fileSource } from '../../../src-main/core/import/byte-source';
import type { MessageRecord, ReadOptions } from '../../../src-main/core/import/records';
import { createJsonExportImporter, jsonExportImporter, previewJson, sniffJson } from '../../../src-main/core/importers/json-export';
import type { ExportedSms } from '../../support/exported-sms';
import { memorySource, readAll, readError } from '../../support/memory-byte-source';
import { CHINESE_KEYS, jsonExportFile, type JsonExportOptions, writeJsonExport } from '../../support/write-json-export';

const SHANGHAI: ReadOptions = { timeZone: 'Asia/Shanghai' };
const T0 = Date.UTC(2025, 3, 16, 5, 9, 12);

const MESSAGES: ExportedSms[] = [
  { address: '95533', time: T0, type: 1, body: '【建设银行】您账户4月16日13:09转入人民币5,000.00元，余额8,888.88元。', contactName: '建设银行' },
  { address: '13800138000', time: T0 + 60_000, type: 2, body: '收到，{"不是":"JSON"} [括号] 和 "引号" \\ 反斜杠\n第二行' },
  { address: '1069012345678', time: T0 + 120_000, type: 1, body: '【美团】验证码 731905，😂 请勿泄露' },
];

async function messages(bytes: Buffer | string, options: ReadOptions = SHANGHAI, chunkSize?: number): Promise<MessageRecord[]> {
  const { records } = await readAll(jsonExportImporter, memorySource(bytes, { chunkSize }), options);
  return records as MessageRecord[];
}

function expectMessages(records: MessageRecord[]): void {
  expect(records.map((r) => [r.address, r.direction, r.box, r.time, r.body, r.contactName])).toEqual([
    ['95533', 'in', 'inbox', T0, MESSAGES[0]!.body, '建设银行'],
    ['13800138000', 'out', 'sent', T0 + 60_000, MESSAGES[1]!.body, null],
    ['1069012345678', 'in', 'inbox', T0 + 120_000, MESSAGES[2]!.body, null],
  ]);
}

async function malformed(bytes: Buffer | string): Promise<ImportInputError> {
  const err = await readError(jsonExportImporter, memorySource(bytes, { name: 'export.json' }), SHANGHAI);
  expect(err).toBeInstanceOf(ImportInputError);
  expect((err as ImportInputError).code).toBe('MALFORMED_INPUT');
  return err as ImportInputError;
}

describe('jsonExportImporter shapes', () => {
  it.each<[string, JsonExportOptions]>([
    ['an array of objects', { shape: 'array' }],
    ['a pretty-printed array', { shape: 'array', pretty: true }],
    ['a { "messages": [...] } wrapper', { shape: 'wrapper' }],
    ['a pretty-printed { "smsList": [...] } wrapper', { shape: 'wrapper', wrapperKey: 'smsList', pretty: true }],
    ['JSON Lines', { shape: 'lines' }],
    ['UTF-16LE JSON Lines', { shape: 'lines', encoding: 'utf-16le' }],
    ['a GB18030 array', { encoding: 'gb18030' }],
  ])('reads %s', async (_name, options) => {
    expectMessages(await messages(jsonExportFile(MESSAGES, options)));
  });

  it('reads Chinese keys with wall-clock times and 接收/发送 types', async () => {
    const file = jsonExportFile(MESSAGES, { keys: CHINESE_KEYS, timeFormat: 'yyyy/M/d HH:mm:ss', typeValues: ['接收', '发送'] });
    expectMessages(await messages(file));
  });

  it('reads wall-clock times 8 hours apart in Asia/Shanghai and in UTC', async () => {
    const file = jsonExportFile(MESSAGES, { timeFormat: 'yyyy-MM-dd HH:mm:ss' });
    const shanghai = await messages(file, { timeZone: 'Asia/Shanghai' });
    const utc = await messages(file, { timeZone: 'UTC' });
    expect(utc[0]!.time - shanghai[0]!.time).toBe(8 * 3600_000);
  });

  it('reads the same records whatever the chunk boundaries', async () => {
    for (const shape of ['array', 'wrapper', 'lines'] as const) {
      const file = jsonExportFile(MESSAGES, { shape, pretty: shape !== 'lines' });
      for (const chunkSize of [1, 2, 7]) expectMessages(await messages(file, SHANGHAI, chunkSize));
    }
  });

  it('reads a wrapper whose other keys hold arrays and objects, and skips them', async () => {
    const text = JSON.stringify({ meta: { phone: 'OPPO', list: [1, 2] }, tags: ['a', 'b'], messages: [{ address: '10086', body: '余额', date: T0 }], extra: [{}] });
    const records = await messages(text);
    expect(records.map((r) => r.body)).toEqual(['余额']);
  });

  it('uses an explicit mapping over inference', async () => {
    const text = JSON.stringify([{ from: '10086', text: '原文', note: '备注文字', ts: 1744780152, when: '2025-04-16 14:09:12' }]);
    const [record] = await messages(text, {
      ...SHANGHAI,
      csvMapping: {
        encoding: 'utf-8',
        delimiter: null,
        columns: { address: 'from', body: 'note', time: 'when', direction: null, contactName: null, type: null },
        timeFormat: null,
      },
    });
    expect(record).toMatchObject({ address: '10086', body: '备注文字', time: T0 + 3600_000 });
  });

  it('reads epoch seconds and milliseconds, as numbers or strings', async () => {
    const text = JSON.stringify([
      { address: '1', body: 'a', date: 1744780152 },
      { address: '1', body: 'b', date: '1744780152000' },
    ]);
    expect((await messages(text)).map((r) => r.time)).toEqual([T0, T0]);
  });
});

describe('jsonExportImporter on broken files', () => {
  it('rejects a truncated array, naming the line', async () => {
    const file = jsonExportFile(MESSAGES, { pretty: true }).toString('utf8');
    const err = await malformed(file.slice(0, file.length - 20));
    expect(err.message).toMatch(/line \d+: the JSON ends before .* truncated/);
  });

  it('rejects an element that is not an object, or not JSON, without quoting it', async () => {
    expect((await malformed('[{"address":"1","body":"a","date":1744780152000}, "借款逾期"]')).message).toMatch(/message 2 is not an object/);
    const err = await malformed('[{"address":"1","body":"a","date":1744780152000},\n{"address":"2","body":"借款逾期" "x":1}]');
    expect(err.message).toMatch(/message 2 \(line 2\) is not valid JSON/);
    expect(err.message).not.toContain('借款');
  });

  it('rejects mismatched brackets and text that is not JSON', async () => {
    expect((await malformed('[{"address":"1","body":"a","date":1}}')).message).toMatch(/does not close/);
    expect((await malformed('{"address":"1","body":"a","date":1744780152000}\nhello')).message).toMatch(/line 2: expected an object/);
  });

  it('refuses a message larger than 1 MB and nesting deeper than 64', async () => {
    expect((await malformed(`[{"address":"1","date":1,"body":"${'长'.repeat(1_100_000)}"}]`)).message).toMatch(/message 1 is larger than 1 MB/);
    expect((await malformed(`[{"address":"1","body":"a","date":1,"x":${'['.repeat(100)}`)).message).toMatch(/nested too deeply/);
  });

  it('says which keys are missing and lists the keys it found', async () => {
    const err = await malformed(JSON.stringify([{ id: 1, note: '晚上吃饭', sender: '10086' }]));
    expect(err.message).toMatch(/the message text .* the time/);
    expect(err.message).toContain('"id", "note", "sender"');
    expect(err.message).not.toContain('晚上吃饭');
  });

  it('reports an empty array as EMPTY_BACKUP', async () => {
    const err = await readError(jsonExportImporter, memorySource('{"messages":[]}', { name: 'e.json' }), {
      ...SHANGHAI,
      csvMapping: { encoding: 'utf-8', delimiter: null, columns: { address: 'address', body: 'body', time: 'date', direction: null, contactName: null, type: null }, timeFormat: null },
    });
    expect(err).toMatchObject({ code: 'EMPTY_BACKUP' });
  });

  it('yields the records before a later error so the pipeline can roll them back', async () => {
    const importer = createJsonExportImporter({ batchSize: 1 });
    const seen: number[] = [];
    const text = jsonExportFile(MESSAGES, { shape: 'lines' }).toString('utf8') + '{"address":"1","body":"x","date":"不是时间"}\n';
    await expect(async () => {
      for await (const batch of importer.read(memorySource(text, { chunkSize: 32 }), SHANGHAI)) seen.push(batch.length);
    }).rejects.toThrow(/message 4 \(line 4\), column "date"/);
    expect(seen).toEqual([1, 1, 1]);
  });

  it('stops with CancelledError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readError(jsonExportImporter, memorySource(jsonExportFile(MESSAGES)), { signal: controller.signal })).toBeInstanceOf(CancelledError);
  });
});

describe('sniffJson', () => {
  it.each(['array', 'wrapper', 'lines'] as const)('recognises a %s export', (shape) => {
    expect(sniffJson(jsonExportFile(MESSAGES, { shape }))).toBe(true);
    expect(sniffJson(jsonExportFile(MESSAGES, { shape, encoding: 'utf-16le' }))).toBe(true);
  });

  it('does not take other JSON, CSV or XML for an export', () => {
    expect(sniffJson(Buffer.from('{"name":"leakline","version":"0.1.0","dependencies":{}}'))).toBe(false);
    expect(sniffJson(Buffer.from('号码,内容,时间\n10086,"{\\"body\\":1}",2025-04-16\n'))).toBe(false);
    expect(sniffJson(Buffer.from("<?xml version='1.0'?><smses/>"))).toBe(false);
  });
});

describe('previewJson', () => {
  it('returns the key guess, the keys and the first 20 messages', async () => {
    const many = Array.from({ length: 30 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 1000 }));
    const preview = await previewJson(memorySource(jsonExportFile(many, { shape: 'wrapper' })));
    expect(preview.mapping).toEqual({
      encoding: 'utf-8',
      delimiter: null,
      columns: { address: 'address', body: 'body', time: 'date', direction: null, contactName: 'contactName', type: 'type' },
      timeFormat: null,
    });
    expect(preview.headers).toEqual(['address', 'contactName', 'type', 'date', 'body']);
    expect(preview.sampleRows).toHaveLength(20);
    expect(preview.sampleRows[0]).toEqual(['95533', '建设银行', '1', String(T0), MESSAGES[0]!.body]);
    expect(preview.missing).toEqual([]);
  });
});

describe('writeJsonExport', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['array', 'wrapper', 'lines'] as const)('streams a %s export the importer reads back in batches of 500', async (shape) => {
    const path = join(dir, `sms-${shape}.json`);
    const many = Array.from({ length: 1_200 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 1000 }));
    await writeJsonExport(path, many, { shape });
    const { records, batches } = await readAll(jsonExportImporter, fileSource(path), SHANGHAI);
    expect(batches).toEqual([500, 500, 200]);
    expect((records as MessageRecord[]).map((r) => r.time)).toEqual(many.map((m) => m.time));
  });
});
