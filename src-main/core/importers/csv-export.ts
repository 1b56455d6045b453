// SPDX-License-Identifier: MIT
// CSV/TSV exports from SMS backup apps, PC suites and spreadsheets: a header row, then one message
// per row. The encoding, delimiter and columns are detected from the head (or taken from the
// mapping the user confirmed), then the file is streamed through csv-parse row by row.
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ImportInputError } from '../errors';
import type { ByteSource, ImportRecord, MessageRecord, ReadOptions, StreamImporter } from '../import/records';
import type { CsvMapping, CsvPreview } from '../model/csv-mapping';
import { createTextDecoder } from './chunked-text-decoder';
import { inferMapping, isFieldName, isRecognisedHeader, missingFieldsDetail, REQUIRED_FIELDS } from './csv-mapping-inference';
import { csvOptions, DELIMITERS, detectDelimiter, headRecords, type Delimiter } from './delimited-text';
import { resolveTimeZone } from './local-time-parse';
import { MappedMessageReader } from './mapped-message';
import { HEAD_BYTES, readHead, sourceChunks } from './source-chunks';
import { decodeHead, detectTextEncoding, type TextEncoding } from './text-encoding-detect';

const DEFAULT_BATCH_SIZE = 500;
const SAMPLE_ROWS = 20;
/** What a first line that is JSON, XML or a vCard starts with. */
const NOT_A_HEADER = /^\s*[{[<]/;

function cleanHeader(header: string): string {
  return header.replace(/^\ufeff/, '').trim();
}

/** Longer than any column name; a first line with such a field is prose or data, not a header. */
const MAX_HEADER_CHARS = 64;

/**
 * Decodable text whose first line splits into at least two short fields, at least one of them a
 * field name Leakline knows (`号码`, `内容`, `date`...): a text file that merely contains commas
 * is not taken for an export.
 */
export function sniffCsv(head: Buffer): boolean {
  const text = decodeHead(head);
  if (text.trim() === '' || NOT_A_HEADER.test(text) || text.includes('\0')) return false;
  return DELIMITERS.some((delimiter) => {
    const [header, first] = headRecords(text, delimiter, 2, false);
    if (header === undefined || header.length < 2 || header.some((h) => h.length > MAX_HEADER_CHARS)) return false;
    return header.some(isFieldName) && (first === undefined || first.length >= 2);
  });
}

interface CsvHead {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  rows: string[][];
}

/** The encoding, delimiter, header and first rows, each from `given` when the user set it. */
function analyseHead(head: Buffer, whole: boolean, given?: CsvMapping): CsvHead {
  const encoding = given?.encoding ?? detectTextEncoding(head);
  const text = decodeHead(head, encoding);
  const delimiter = given?.delimiter ?? detectDelimiter(text, whole, (h) => isRecognisedHeader(cleanHeader(h)));
  const [headers = [], ...rows] = headRecords(text, delimiter, SAMPLE_ROWS + 1, whole);
  return { encoding, delimiter, headers: headers.map(cleanHeader), rows };
}

/** The column guess and the first rows, from the first 64 KiB, for the user to confirm. */
export async function previewCsv(source: ByteSource): Promise<CsvPreview> {
  const head = await readHead(source, HEAD_BYTES);
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', source.name, 'the file is empty');
  const { encoding, delimiter, headers, rows } = analyseHead(head, head.length < HEAD_BYTES);
  const { mapping, missing } = inferMapping(headers, rows, encoding, delimiter);
  return { mapping, headers, sampleRows: rows.slice(0, SAMPLE_ROWS), missing };
}

/** Column name → index in the header row; the mapping's columns must all be there. */
function bindColumns(file: string, header: string[], mapping: CsvMapping): Map<string, number> {
  const headers = header.map(cleanHeader);
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
  });
  const missing = REQUIRED_FIELDS.filter((f) => mapping.columns[f].trim() === '');
  if (missing.length > 0) throw new ImportInputError('MALFORMED_INPUT', file, missingFieldsDetail(missing, headers));
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (column === null || column.trim() === '' || index.has(column.trim())) continue;
    const list = headers.map((h) => `"${h}"`).join(', ');
    throw new ImportInputError('MALFORMED_INPUT', file, `the ${field} column "${column}" is not in the header row; the columns are: ${list}`);
  }
  return index;
}

/**
 * csv-parse's own messages quote the offending field, which may be someone's message; the user is
 * told the line and what is wrong instead, and the original error is not kept as the cause.
 */
function csvInputError(file: string, err: CsvError): ImportInputError {
  const line = typeof err.lines === 'number' ? `line ${err.lines}` : 'a line';
  const details: Partial<Record<string, string>> = {
    CSV_QUOTE_NOT_CLOSED: `a quoted field that starts before ${line} is never closed; the file is truncated or the delimiter is wrong`,
    CSV_MAX_RECORD_SIZE: `a field near ${line} is longer than 1 MB; a quote is probably not closed`,
    CSV_INVALID_CLOSING_QUOTE: `${line} has text after the closing quote of a field`,
    INVALID_OPENING_QUOTE: `${line} has a quote that opens inside a field`,
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: `${line} has text after the closing quote of a field`,
  };
  return new ImportInputError('MALFORMED_INPUT', file, details[err.code] ?? `${line} is not valid CSV (${err.code})`);
}

async function* decodedText(source: ByteSource, options: ReadOptions, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = createTextDecoder(encoding);
  for await (const chunk of sourceChunks(source, options)) {
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

async function* readCsv(source: ByteSource, options: ReadOptions, batchSize: number): AsyncGenerator<ImportRecord[]> {
  const file = source.name;
  const zone = resolveTimeZone(options.timeZone);
  const head = await readHead(source, HEAD_BYTES);
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', file, 'the file is empty');
  const given = options.csvMapping;
  const analysed = analyseHead(head, head.length < HEAD_BYTES, given);
  let mapping: CsvMapping;
  if (given) {
    mapping = { ...given, delimiter: analysed.delimiter };
  } else {
    const inferred = inferMapping(analysed.headers, analysed.rows, analysed.encoding, analysed.delimiter);
    if (inferred.missing.length > 0) throw new ImportInputError('MALFORMED_INPUT', file, missingFieldsDetail(inferred.missing, analysed.headers));
    mapping = inferred.mapping;
  }
  const reader = new MappedMessageReader(file, mapping, zone);
  const parser = parse(csvOptions(analysed.delimiter));
  // Errors reach the loop below through the parser, which pipeline destroys with them.
  pipeline(Readable.from(decodedText(source, options, mapping.encoding)), parser, () => {});
  let columns: Map<string, number> | null = null;
  let count = 0;
  // The row number a spreadsheet shows (the header is row 1); csv-parse's per-record info, which
  // would add the line, costs a tenth of the parse.
  let row = 0;
  const pending: MessageRecord[] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (columns === null) {
        columns = bindColumns(file, record, mapping);
        continue;
      }
      const index = columns;
      const rowNumber = row;
      const message = reader.read(
        (column) => record[index.get(column.trim()) ?? -1],
        () => `row ${rowNumber}`,
      );
      if (message === null) continue;
      pending.push(message);
      count += 1;
      if (pending.length >= batchSize) yield pending.splice(0);
    }
  } catch (err) {
    throw err instanceof CsvError ? csvInputError(file, err) : err;
  }
  if (pending.length > 0) yield pending.splice(0);
  if (count === 0) throw new ImportInputError('EMPTY_BACKUP', file, 'the file has no message rows');
}

/** `batchSize` is only for tests that need to see records yielded before an error. */
export function createCsvExportImporter(options: { batchSize?: number } = {}): StreamImporter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    kind: 'stream',
    format: 'csv',
    sniff: sniffCsv,
    read: (source, readOptions) => readCsv(source, readOptions, batchSize),
  };
}

export const csvExportImporter: StreamImporter = createCsvExportImporter();
