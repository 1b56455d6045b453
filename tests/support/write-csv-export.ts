// SPDX-License-Identifier: MIT
// Writes CSV/TSV exports the way SMS backup apps and spreadsheets do: Chinese or English headers,
// any of the four delimiters, UTF-8 (with or without BOM), UTF-16 or GBK/GB18030, wall-clock or
// epoch times. Streamed, so the benchmark can write a million rows.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { type ExportedSms, wallClock } from './exported-sms';

export interface CsvHeaders {
  address: string;
  body: string;
  time: string;
  direction?: string | null;
  contactName?: string | null;
}

export const CHINESE_HEADERS: CsvHeaders = { address: '号码', body: '内容', time: '时间', direction: '类型', contactName: '联系人' };
export const ENGLISH_HEADERS: CsvHeaders = { address: 'Phone Number', body: 'Message', time: 'Date', direction: 'Type', contactName: 'Contact Name' };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvExportOptions {
  headers?: CsvHeaders;
  delimiter?: ',' | '\t' | ';' | '|';
  encoding?: CsvEncoding;
  bom?: boolean;
  timeZone?: string;
  /** A luxon format, or `epoch-s` / `epoch-ms`. */
  timeFormat?: string;
  /** What the direction column says for received and for sent messages. */
  directionWords?: readonly [string, string];
  lineBreak?: '\r\n' | '\n';
  /** Quote every field, as some tools do. */
  quoteAll?: boolean;
}

const DEFAULTS = {
  headers: CHINESE_HEADERS,
  delimiter: ',',
  encoding: 'utf-8',
  bom: false,
  timeZone: 'Asia/Shanghai',
  timeFormat: 'yyyy-MM-dd HH:mm:ss',
  directionWords: ['接收', '发送'],
  lineBreak: '\r\n',
  quoteAll: false,
} as const satisfies Required<CsvExportOptions>;

export function csvField(value: string, delimiter: string, quoteAll = false): string {
  if (quoteAll || value.includes(delimiter) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

function timeText(time: number, o: Required<CsvExportOptions>): string {
  if (o.timeFormat === 'epoch-ms') return String(time);
  if (o.timeFormat === 'epoch-s') return String(Math.floor(time / 1000));
  return wallClock(time, o.timeZone, o.timeFormat);
}

function columns(o: Required<CsvExportOptions>): { name: string; value: (m: ExportedSms) => string }[] {
  const h = o.headers;
  const list: ({ name: string | null | undefined; value: (m: ExportedSms) => string })[] = [
    { name: h.address, value: (m) => m.address },
    { name: h.contactName, value: (m) => m.contactName ?? '' },
    { name: h.direction, value: (m) => o.directionWords[m.type === 1 ? 0 : 1] },
    { name: h.time, value: (m) => timeText(m.time, o) },
    { name: h.body, value: (m) => m.body },
  ];
  return list.filter((c): c is { name: string; value: (m: ExportedSms) => string } => typeof c.name === 'string');
}

function rowText(values: string[], o: Required<CsvExportOptions>): string {
  return values.map((v) => csvField(v, o.delimiter, o.quoteAll)).join(o.delimiter) + o.lineBreak;
}

function bomFor(encoding: CsvEncoding): Buffer {
  return iconv.encode('\ufeff', encoding, { addBOM: false });
}

/** A whole small export in memory. */
export function csvExportFile(messages: Iterable<ExportedSms>, options: CsvExportOptions = {}): Buffer {
  const o = { ...DEFAULTS, ...options };
  const cols = columns(o);
  let text = rowText(cols.map((c) => c.name), o);
  for (const m of messages) text += rowText(cols.map((c) => c.value(m)), o);
  return Buffer.concat([o.bom ? bomFor(o.encoding) : Buffer.alloc(0), iconv.encode(text, o.encoding)]);
}

/** Streams the export to `path`, 64 KiB of text at a time, so memory stays flat for any count. */
export async function writeCsvExport(path: string, messages: Iterable<ExportedSms>, options: CsvExportOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const cols = columns(o);
  const out = createWriteStream(path);
  const write = async (b: Buffer) => {
    if (!out.write(b)) await once(out, 'drain');
  };
  if (o.bom) await write(bomFor(o.encoding));
  let chunk = rowText(cols.map((c) => c.name), o);
  for (const m of messages) {
    chunk += rowText(cols.map((c) => c.value(m)), o);
    if (chunk.length > 1 << 16) {
      await write(iconv.encode(chunk, o.encoding));
      chunk = '';
    }
  }
  await write(iconv.encode(chunk, o.encoding));
  out.end();
  await once(out, 'finish');
}
