// SPDX-License-Identifier: MIT
// Property tests for the vMessage, CSV and JSON importers: whatever bytes come in, a read ends
// with records or an ImportInputError, within a time bound; whatever messages go out through the
// export writers, they come back exactly, however the file is cut into chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { MessageRecord, type StreamImporter } from '../../../src-main/core/import/records';
import { csvExportImporter } from '../../../src-main/core/importers/csv-export';
import { jsonExportImporter } from '../../../src-main/core/importers/json-export';
import { vmessageImporter } from '../../../src-main/core/importers/vmessage';
import type { ExportedSms } from '../../support/exported-sms';
import { memorySource, readAll } from '../../support/memory-byte-source';
import { csvExportFile } from '../../support/write-csv-export';
import { jsonExportFile } from '../../support/write-json-export';
import { vmessageFile } from '../../support/write-vmessage';

const TIME_BOUND_MS = 5_000;
const IMPORTERS: [string, StreamImporter][] = [
  ['vmessage', vmessageImporter],
  ['csv', csvExportImporter],
  ['json', jsonExportImporter],
];

type Outcome = { records: number } | { error: string };

/** Reads to the end, failing the property on any error that is not the importer's own, or on a hang. */
async function outcome(importer: StreamImporter, bytes: Uint8Array, chunkSizes: number[]): Promise<Outcome> {
  const read = (async (): Promise<Outcome> => {
    try {
      const { records } = await readAll(importer, memorySource(Buffer.from(bytes), { chunkSize: chunkSizes }), { timeZone: 'Asia/Shanghai' });
      for (const r of records) MessageRecord.parse(r);
      return { records: records.length };
    } catch (err) {
      if (err instanceof ImportInputError || err instanceof CancelledError) return { error: err.code };
      throw err;
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`read took longer than ${TIME_BOUND_MS} ms`)), TIME_BOUND_MS);
  });
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const T0 = Date.UTC(2025, 3, 16, 5, 9, 12);
const SEED_MESSAGES: ExportedSms[] = [
  { address: '95588', time: T0, type: 1, body: '【工商银行】您尾号6688的储蓄卡支出人民币1,280.00元。' },
  { address: '13800138000', time: T0 + 60_000, type: 2, body: '好的，"老地方"见\n记得带伞' },
  { address: '10086', time: T0 + 120_000, type: 1, body: '【中国移动】验证码 482913😂' },
];
const VALID_FILES: [string, StreamImporter, Buffer][] = [
  ['vmessage (IrMC)', vmessageImporter, vmessageFile(SEED_MESSAGES)],
  ['vmessage (quoted-printable)', vmessageImporter, vmessageFile(SEED_MESSAGES, { style: 'mtk', qpLineLength: 30 })],
  ['vmessage (UTF-16LE)', vmessageImporter, vmessageFile(SEED_MESSAGES, { encoding: 'utf-16le', bom: true })],
  ['csv', csvExportImporter, csvExportFile(SEED_MESSAGES)],
  ['csv (GB18030 TSV)', csvExportImporter, csvExportFile(SEED_MESSAGES, { encoding: 'gb18030', delimiter: '\t' })],
  ['json', jsonExportImporter, jsonExportFile(SEED_MESSAGES, { pretty: true })],
  ['json lines', jsonExportImporter, jsonExportFile(SEED_MESSAGES, { shape: 'lines' })],
];

const chunkSizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 });

/** Flips, deletes, duplicates and inserts bytes, and may cut the file short. */
const mutation = fc.record({
  edits: fc.array(
    fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'delete', 'insert', 'duplicate'),
      byte: fc.integer({ min: 0, max: 255 }),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    { maxLength: 6 },
  ),
  cut: fc.option(fc.nat(), { nil: undefined }),
});

interface Mutation {
  edits: { at: number; kind: string; byte: number; length: number }[];
  cut: number | undefined;
}

function mutate(file: Buffer, m: Mutation): Buffer {
  let bytes = Buffer.from(file);
  for (const e of m.edits) {
    const at = e.at % Math.max(1, bytes.length);
    if (e.kind === 'flip') bytes[at] = e.byte;
    else if (e.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
    else if (e.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.alloc(e.length, e.byte), bytes.subarray(at)]);
    else bytes = Buffer.concat([bytes.subarray(0, at + e.length), bytes.subarray(at)]);
  }
  return m.cut === undefined ? bytes : bytes.subarray(0, m.cut % (bytes.length + 1));
}

describe('text export importers on arbitrary input', { timeout: 120_000 }, () => {
  it.each(IMPORTERS)('%s: random bytes give records or an ImportInputError', async (_name, importer) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), chunkSizes, async (bytes, sizes) => {
        await outcome(importer, bytes, sizes);
      }),
      { numRuns: 150 },
    );
  });

  it.each<[string, StreamImporter, string]>([
    ['vmessage', vmessageImporter, 'BEGIN:VMSG\r\n'],
    ['csv', csvExportImporter, '号码,内容,时间,类型\n'],
    ['json', jsonExportImporter, '[{"address":"1","body":"x","date":1744780152000},'],
  ])('%s: random text after a valid start gives records or an ImportInputError', async (_name, importer, start) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('utf8', 'utf16le'), chunkSizes, async (text, encoding, sizes) => {
        await outcome(importer, Buffer.from(start + text, encoding as BufferEncoding), sizes);
      }),
      { numRuns: 150 },
    );
  });

  it.each(VALID_FILES)('%s: a mutated valid file gives records or an ImportInputError', async (_name, importer, file) => {
    await fc.assert(
      fc.asyncProperty(mutation, chunkSizes, async (m, sizes) => {
        await outcome(importer, mutate(file, m), sizes);
      }),
      { numRuns: 150 },
    );
  });
});

const phoneNumber = fc.stringMatching(/^(\+86)?1[3-9]\d{9}$|^95\d{3}$|^106\d{8,10}$/);
/** Any well-formed text, Chinese, emoji, quotes, delimiters and line breaks included. */
const messageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom('【', '】', '验证码', '您', '，', '"', ',', '\t', ';', '|', '\n', '\r\n', '=', '😂', ' ', 'END', '\\', '{', '[', 'a'), { maxLength: 30 }).map((parts) => parts.join('')),
);
const exportedSms = fc.record({
  address: phoneNumber,
  time: fc.integer({ min: Date.UTC(2010, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }).map((s) => s * 1000),
  type: fc.constantFrom<1 | 2>(1, 2),
  body: messageText,
});

function expectSame(records: MessageRecord[], sent: ExportedSms[]): void {
  expect(records.map((r) => [r.address, r.time, r.direction, r.body])).toEqual(sent.map((m) => [m.address, m.time, m.type === 1 ? 'in' : 'out', m.body]));
}

describe('text export importers read back what the writers wrote', { timeout: 120_000 }, () => {
  it('vMessage with quoted-printable bodies, in every encoding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportedSms, { minLength: 1, maxLength: 8 }), fc.constantFrom('utf-8', 'utf-16le', 'gb18030') as fc.Arbitrary<'utf-8' | 'utf-16le' | 'gb18030'>, chunkSizes, async (sent, encoding, sizes) => {
        const file = vmessageFile(sent, { style: 'mtk', encoding, qpLineLength: 40 });
        const { records } = await readAll(vmessageImporter, memorySource(file, { chunkSize: sizes }), { timeZone: 'Asia/Shanghai' });
        expectSame(records as MessageRecord[], sent);
      }),
      { numRuns: 100 },
    );
  });

  it('CSV in every encoding and delimiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(exportedSms, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'gb18030') as fc.Arbitrary<'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'>,
        fc.constantFrom(',', '\t', ';', '|') as fc.Arbitrary<',' | '\t' | ';' | '|'>,
        chunkSizes,
        async (sent, encoding, delimiter, sizes) => {
          const file = csvExportFile(sent, { encoding, delimiter, bom: encoding !== 'gb18030' });
          const { records } = await readAll(csvExportImporter, memorySource(file, { chunkSize: sizes }), { timeZone: 'Asia/Shanghai' });
          expectSame(records as MessageRecord[], sent);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('JSON in every shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportedSms, { minLength: 1, maxLength: 8 }), fc.constantFrom('array', 'wrapper', 'lines') as fc.Arbitrary<'array' | 'wrapper' | 'lines'>, fc.boolean(), chunkSizes, async (sent, shape, pretty, sizes) => {
        const file = jsonExportFile(sent, { shape, pretty });
        const { records } = await readAll(jsonExportImporter, memorySource(file, { chunkSize: sizes }), { timeZone: 'Asia/Shanghai' });
        expectSame(records as MessageRecord[], sent);
      }),
      { numRuns: 100 },
    );
  });
});
