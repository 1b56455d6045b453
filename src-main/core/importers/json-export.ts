// SPDX-License-Identifier: MIT
// JSON exports from SMS tools and scripts: an array of message objects, an object holding one
// (`{ "messages": [...] }`), or JSON Lines. Keys are mapped to fields the way CSV headers are. The
// file is streamed: the scanner cuts out one message object at a time and only that is parsed.
import { ImportInputError } from '../errors';
import type { ByteSource, ImportRecord, MessageRecord, ReadOptions, StreamImporter } from '../import/records';
import type { CsvMapping, CsvPreview } from '../model/csv-mapping';
import { createTextDecoder } from './chunked-text-decoder';
import { inferMapping, missingFieldsDetail } from './csv-mapping-inference';
import { JsonElementScanner, JsonScanError, type JsonElement } from './json-element-scanner';
import { resolveTimeZone } from './local-time-parse';
import { MappedMessageReader } from './mapped-message';
import { HEAD_BYTES, readHead, sourceChunks } from './source-chunks';
import { decodeHead, detectTextEncoding, type TextEncoding } from './text-encoding-detect';

const DEFAULT_BATCH_SIZE = 500;
const SAMPLE_ROWS = 20;
const KEY = /"((?:[^"\\\r\n]|\\.){1,64})"\s*:/g;

type JsonObject = Record<string, unknown>;

function keysInHead(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(KEY)) {
    try {
      keys.push(JSON.parse(`"${m[1]}"`) as string);
    } catch {
      // An escape JSON.parse rejects: not a key we could match anyway.
    }
  }
  return keys;
}

/**
 * Text starting with `[` or `{` whose keys name at least two of the number, the text and the time:
 * any JSON file has keys, an SMS export has these.
 */
export function sniffJson(head: Buffer): boolean {
  const text = decodeHead(head);
  if (!/^\s*[[{]/.test(text)) return false;
  const keys = [...new Set(keysInHead(text))];
  return inferMapping(keys, [], 'utf-8', null).missing.length <= 1;
}

/** A value as the text a column would hold; null and absent keys are no value. */
function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function where(element: JsonElement): string {
  return `message ${element.index} (line ${element.line})`;
}

/**
 * The element as an object. V8's JSON.parse messages quote the text around the fault, which may be
 * someone's message, so the user is told where and not what.
 */
function parseElement(file: string, element: JsonElement): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(element.text);
  } catch {
    throw new ImportInputError('MALFORMED_INPUT', file, `${where(element)} is not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ImportInputError('MALFORMED_INPUT', file, `${where(element)} is not an object`);
  }
  return value as JsonObject;
}

function scanError(file: string, err: unknown): unknown {
  return err instanceof JsonScanError ? new ImportInputError('MALFORMED_INPUT', file, `line ${err.line}: ${err.detail}`) : err;
}

interface JsonHead {
  encoding: TextEncoding;
  headers: string[];
  rows: string[][];
}

/**
 * The keys (in order of first appearance) and values of the first messages in the head; when not
 * even the first message ends in the head, the keys written in it.
 */
function analyseHead(file: string, head: Buffer, encoding: TextEncoding): JsonHead {
  const scanner = new JsonElementScanner();
  const text = decodeHead(head, encoding);
  try {
    scanner.push(text);
  } catch (err) {
    throw scanError(file, err);
  }
  const objects: JsonObject[] = [];
  for (const element of scanner.ready.slice(0, SAMPLE_ROWS)) {
    try {
      objects.push(parseElement(file, element));
    } catch {
      // The preview shows what parses; the import reports the broken element by number.
    }
  }
  const headers = [...new Set(objects.length > 0 ? objects.flatMap((o) => Object.keys(o)) : keysInHead(text))];
  const rows = objects.map((o) => headers.map((h) => valueText(o[h]) ?? ''));
  return { encoding, headers, rows };
}

/** The key guess and the first messages, from the first 64 KiB, for the user to confirm. */
export async function previewJson(source: ByteSource): Promise<CsvPreview> {
  const head = await readHead(source, HEAD_BYTES);
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', source.name, 'the file is empty');
  const { encoding, headers, rows } = analyseHead(source.name, head, detectTextEncoding(head));
  const { mapping, missing } = inferMapping(headers, rows, encoding, null);
  return { mapping, headers, sampleRows: rows, missing };
}

async function* readJson(source: ByteSource, options: ReadOptions, batchSize: number): AsyncGenerator<ImportRecord[]> {
  const file = source.name;
  const zone = resolveTimeZone(options.timeZone);
  const head = await readHead(source, HEAD_BYTES);
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', file, 'the file is empty');
  let mapping: CsvMapping;
  if (options.csvMapping) {
    mapping = { ...options.csvMapping, delimiter: null };
  } else {
    const analysed = analyseHead(file, head, detectTextEncoding(head));
    const inferred = inferMapping(analysed.headers, analysed.rows, analysed.encoding, null);
    if (inferred.missing.length > 0) throw new ImportInputError('MALFORMED_INPUT', file, missingFieldsDetail(inferred.missing, analysed.headers));
    mapping = inferred.mapping;
  }
  const reader = new MappedMessageReader(file, mapping, zone);
  const decoder = createTextDecoder(mapping.encoding);
  const scanner = new JsonElementScanner();
  const pending: MessageRecord[] = [];
  let count = 0;
  const take = () => {
    for (const element of scanner.ready.splice(0)) {
      const object = parseElement(file, element);
      const message = reader.read(
        (key) => (Object.hasOwn(object, key) ? valueText(object[key]) : undefined),
        () => where(element),
      );
      if (message === null) continue;
      pending.push(message);
      count += 1;
    }
  };
  try {
    for await (const chunk of sourceChunks(source, options)) {
      scanner.push(decoder.write(chunk));
      take();
      while (pending.length >= batchSize) yield pending.splice(0, batchSize);
    }
    scanner.push(decoder.end());
    scanner.end();
    take();
  } catch (err) {
    throw scanError(file, err);
  }
  if (pending.length > 0) yield pending.splice(0);
  if (count === 0) throw new ImportInputError('EMPTY_BACKUP', file, 'the file holds no messages');
}

/** `batchSize` is only for tests that need to see records yielded before an error. */
export function createJsonExportImporter(options: { batchSize?: number } = {}): StreamImporter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    kind: 'stream',
    format: 'json',
    sniff: sniffJson,
    read: (source, readOptions) => readJson(source, readOptions, batchSize),
  };
}

export const jsonExportImporter: StreamImporter = createJsonExportImporter();
