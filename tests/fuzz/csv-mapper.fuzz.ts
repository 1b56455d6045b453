// SPDX-License-Identifier: MIT
// Fuzz target: the CSV/TSV/JSON column mapper. The guess from headers and sample rows always
// names real columns and says exactly what it could not place; a row read through any mapping (the
// user can type any column name and any time format) gives a message whose time is a real instant,
// nothing, or an ImportInputError naming the row; previews and imports with a user's mapping over
// damaged exports end the same way. Each case within its time budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../src-main/core/errors';
import { MessageRecord, type ByteSource } from '../../src-main/core/import/records';
import { csvExportImporter, previewCsv } from '../../src-main/core/importers/csv-export';
import { inferMapping, REQUIRED_FIELDS } from '../../src-main/core/importers/csv-mapping-inference';
import { jsonExportImporter, previewJson } from '../../src-main/core/importers/json-export';
import { MappedMessageReader } from '../../src-main/core/importers/mapped-message';
import { CsvMapping, CsvPreview } from '../../src-main/core/model/csv-mapping';
import { ENGLISH_HEADERS, CHINESE_HEADERS, csvExportFile } from '../support/write-csv-export';
import { CHINESE_KEYS, jsonExportFile } from '../support/write-json-export';
import { memorySource, readAll } from '../support/memory-byte-source';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { applyEdits, edits, HOSTILE_NUMBERS, HOSTILE_WORDS, hostileText, type Edit } from './hostile-bytes';
import { SEED_MESSAGES } from './import-seeds';
import { dateText } from './time-texts';

const ZONE = 'Asia/Shanghai';
/** The range of a JS Date: a time outside it cannot be shown or compared as a date. */
const MAX_TIME_MS = 8.64e15;

const HEADER_WORDS = [
  ...Object.values(CHINESE_HEADERS), ...Object.values(ENGLISH_HEADERS), '号码', '电话号码', '短信内容', '发送时间', '日期', '方向', '收/发',
  '信箱', 'Phone_Number', 'Message Date', 'from', 'text', 'timestamp', 'type', 'box', 'name', '【号码】', '\ufeff号码', ' 内容 ',
  'phonenumberphonenumber', 'Date', 'date', ...HOSTILE_WORDS,
];
const CELL_VALUES = [
  '13800138000', '95588', '+8613800138000', '2025-04-16 13:09:12', '2025/4/16 13:09', '16.04.2025 13:09:12', '13/04/2025 08:00',
  '04/13/2025', '2025年4月16日 下午1:09', '1744780152000', '1744780152', '20250416130912', '2025-04-16T05:09:12Z',
  'Wed, 16 Apr 2025 13:09:12 +0800', '接收', '发送', 'inbox', 'sent', '1', '2', '7', '草稿', '发送失败', ...HOSTILE_NUMBERS, ...HOSTILE_WORDS,
];
const TIME_FORMATS = [
  null, 'epoch-s', 'epoch-ms', 'yyyy-MM-dd HH:mm:ss', 'd/M/yyyy H:mm', 'dd.MM.yyyy HH:mm', "yyyy'年'M'月'd'日' a h:mm", 'x', 'X', 'yyyyyyyy',
  "'", '[', 'S'.repeat(200), 'yyyy'.repeat(50), 'MMMM', 'ZZZZ', 'kkkk-WW-c', '',
];

const header = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) });
const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CELL_VALUES) }, { weight: 1, arbitrary: hostileText(CELL_VALUES, 6) });

/** A time a record may carry: an integer a Date can hold. */
function expectRealTime(time: number): void {
  expect(Number.isSafeInteger(time) && Math.abs(time) <= MAX_TIME_MS, `time ${time}`).toBe(true);
}

function expectValidMessage(record: unknown): void {
  const message = MessageRecord.parse(record);
  expectRealTime(message.time);
}

const inference: FuzzTarget<{ headers: string[]; rows: string[][] }> = {
  name: 'csv mapping inference',
  arbitrary: fc.record({ headers: fc.array(header, { maxLength: 12 }), rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 20 }) }),
  check: ({ headers, rows }) => {
    const { mapping, missing } = inferMapping(headers, rows, 'utf-8', ',');
    CsvMapping.parse(mapping);
    const names = new Set(headers.map((h) => h.trim()));
    for (const column of Object.values(mapping.columns)) if (column !== null && column !== '') expect(names.has(column)).toBe(true);
    expect(missing).toEqual(REQUIRED_FIELDS.filter((f) => mapping.columns[f] === ''));
    return missing.length === 0 ? 'complete' : 'fields missing';
  },
  ciRuns: 300,
  caseBudgetMs: 2_000,
};

const columnName = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom(...HEADER_WORDS));
const anyMapping: fc.Arbitrary<CsvMapping> = fc.record({
  encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'gb18030'),
  delimiter: fc.constantFrom(',', '\t', ';', '|', null),
  columns: fc.record({
    address: columnName,
    body: columnName,
    time: columnName,
    direction: fc.option(columnName, { nil: null }),
    contactName: fc.option(columnName, { nil: null }),
    type: fc.option(columnName, { nil: null }),
  }),
  timeFormat: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constantFrom(...TIME_FORMATS) }, { weight: 1, arbitrary: fc.string({ maxLength: 16 }) }),
});

const FIELDS = ['address', 'body', 'time', 'direction', 'contactName', 'type'] as const;
const DIRECTIONS = ['接收', '发送', '收件箱', '发件箱', '草稿', 'inbox', 'sent', 'Outbox', '1', '2', '3', '4', '5', '6', '7', '0', ' IN ', ...HOSTILE_WORDS];
/** Present seven times in eight (fast-check's `freq` is the odds of the nil value: 1 in 8). */
const maybe = (value: fc.Arbitrary<string>) => fc.option(value, { nil: undefined, freq: 8 });
/** A value per field, each mostly of its own kind, so that every field's parsing is reached. */
const rowValues = fc.tuple(
  maybe(cell),
  maybe(fc.oneof(cell, fc.string({ unit: 'binary', maxLength: 40 }))),
  maybe(fc.oneof({ weight: 4, arbitrary: dateText }, { weight: 1, arbitrary: cell })),
  maybe(fc.constantFrom(...DIRECTIONS)),
  maybe(cell),
  maybe(fc.constantFrom(...DIRECTIONS)),
);

const mappedRow: FuzzTarget<{ mapping: CsvMapping; values: (string | undefined)[] }> = {
  name: 'csv mapped row',
  arbitrary: fc.record({ mapping: anyMapping, values: rowValues }),
  check: ({ mapping, values }) => {
    const row = new Map<string, string | undefined>();
    FIELDS.forEach((field, i) => {
      const column = mapping.columns[field];
      if (column !== null) row.set(column.trim(), values[i]);
    });
    const reader = new MappedMessageReader('fuzz.csv', mapping, ZONE);
    try {
      const message = reader.read(
        (column) => row.get(column.trim()),
        () => 'row 2',
      );
      if (message === null) return 'empty row';
      expectValidMessage(message);
      return 'message';
    } catch (err) {
      if (!(err instanceof ImportInputError)) throw err;
      expect(err.message).toContain('row 2');
      return 'refused';
    }
  },
  ciRuns: 400,
  caseBudgetMs: 2_000,
};

const SEEDS: { importer: typeof csvExportImporter; preview: (s: ByteSource) => Promise<CsvPreview>; bytes: Buffer }[] = [
  { importer: csvExportImporter, preview: previewCsv, bytes: csvExportFile(SEED_MESSAGES) },
  { importer: csvExportImporter, preview: previewCsv, bytes: csvExportFile(SEED_MESSAGES, { encoding: 'gb18030', delimiter: '\t', headers: ENGLISH_HEADERS }) },
  { importer: csvExportImporter, preview: previewCsv, bytes: csvExportFile(SEED_MESSAGES, { timeFormat: 'dd/MM/yyyy HH:mm', delimiter: ';' }) },
  { importer: jsonExportImporter, preview: previewJson, bytes: jsonExportFile(SEED_MESSAGES, { keys: CHINESE_KEYS, timeFormat: 'yyyy/MM/dd HH:mm:ss' }) },
  { importer: jsonExportImporter, preview: previewJson, bytes: jsonExportFile(SEED_MESSAGES, { shape: 'lines' }) },
];

const userMappedImport: FuzzTarget<{ seed: number; bytes: Edit[]; mapping: CsvMapping | null }> = {
  name: 'csv preview and import with a mapping',
  arbitrary: fc.record({ seed: fc.nat(), bytes: edits, mapping: fc.option(anyMapping, { nil: null, freq: 2 }) }),
  check: async ({ seed, bytes, mapping }) => {
    const { importer, preview, bytes: original } = SEEDS[seed % SEEDS.length]!;
    const file = applyEdits(original, bytes);
    try {
      CsvPreview.parse(await preview(memorySource(file, { name: 'fuzz-export' })));
    } catch (err) {
      if (!(err instanceof ImportInputError)) throw err;
    }
    try {
      const { records } = await readAll(importer, memorySource(file, { name: 'fuzz-export', chunkSize: 1 + (seed % 4096) }), {
        timeZone: ZONE,
        ...(mapping ? { csvMapping: mapping } : {}),
      });
      for (const record of records) expectValidMessage(record);
      return 'imported';
    } catch (err) {
      if (!(err instanceof ImportInputError)) throw err;
      return 'refused';
    }
  },
  ciRuns: 200,
  caseBudgetMs: 5_000,
};

describe('the CSV mapper on hostile headers, rows and mappings', () => {
  it('guesses a mapping that names real columns and lists what is missing', { timeout: targetTimeoutMs(inference, 1) }, async () => {
    await runFuzzTarget(inference);
  });

  it('reads any row through any mapping into a message with a real time, nothing, or an ImportInputError', { timeout: targetTimeoutMs(mappedRow, 1) }, async () => {
    await runFuzzTarget(mappedRow);
  });

  it('previews and imports damaged exports with any mapping, or refuses them with an ImportInputError', { timeout: targetTimeoutMs(userMappedImport, 5) }, async () => {
    await runFuzzTarget(userMappedImport);
  });
});
