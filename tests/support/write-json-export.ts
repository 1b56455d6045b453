// SPDX-License-Identifier: MIT
// Writes JSON exports in the three shapes tools produce: an array of message objects, an object
// holding one under a key (`{ "messages": [...] }`), or JSON Lines. Streamed, so the benchmark
// can write a million messages.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { type ExportedSms, wallClock } from './exported-sms';

export type JsonShape = 'array' | 'wrapper' | 'lines';

export interface JsonKeys {
  address: string;
  body: string;
  time: string;
  type?: string | null;
  contactName?: string | null;
}

export const ENGLISH_KEYS: JsonKeys = { address: 'address', body: 'body', time: 'date', type: 'type', contactName: 'contactName' };
export const CHINESE_KEYS: JsonKeys = { address: '号码', body: '内容', time: '时间', type: '类型', contactName: '联系人' };

export interface JsonExportOptions {
  shape?: JsonShape;
  keys?: JsonKeys;
  /** Key of the message array for the wrapper shape. */
  wrapperKey?: string;
  /** Indent objects over several lines, as pretty-printing tools do. */
  pretty?: boolean;
  encoding?: 'utf-8' | 'utf-16le' | 'gb18030';
  /** `epoch-ms` (a JSON number) or a luxon format (a string in `timeZone`). */
  timeFormat?: string;
  timeZone?: string;
  /** What the type key says for received and sent messages. */
  typeValues?: readonly [string | number, string | number];
}

const DEFAULTS = {
  shape: 'array',
  keys: ENGLISH_KEYS,
  wrapperKey: 'messages',
  pretty: false,
  encoding: 'utf-8',
  timeFormat: 'epoch-ms',
  timeZone: 'Asia/Shanghai',
  typeValues: [1, 2],
} as const satisfies Required<JsonExportOptions>;

function messageObject(m: ExportedSms, o: Required<JsonExportOptions>): Record<string, unknown> {
  const k = o.keys;
  const object: Record<string, unknown> = { [k.address]: m.address };
  if (k.contactName) object[k.contactName] = m.contactName ?? null;
  if (k.type) object[k.type] = o.typeValues[m.type === 1 ? 0 : 1];
  object[k.time] = o.timeFormat === 'epoch-ms' ? m.time : wallClock(m.time, o.timeZone, o.timeFormat);
  object[k.body] = m.body;
  return object;
}

function pieces(o: Required<JsonExportOptions>) {
  const indent = o.pretty ? 2 : undefined;
  const item = (m: ExportedSms) => JSON.stringify(messageObject(m, o), null, indent);
  switch (o.shape) {
    case 'lines':
      return { open: '', item: (m: ExportedSms) => JSON.stringify(messageObject(m, o)), separator: '\n', close: '\n' };
    case 'wrapper':
      return { open: `{"exportedBy":"短信备份","version":2,"count":null,${JSON.stringify(o.wrapperKey)}:[\n`, item, separator: ',\n', close: '\n]}\n' };
    default:
      return { open: '[\n', item, separator: ',\n', close: '\n]\n' };
  }
}

export function jsonExportFile(messages: Iterable<ExportedSms>, options: JsonExportOptions = {}): Buffer {
  const o = { ...DEFAULTS, ...options };
  const p = pieces(o);
  const items = [...messages].map(p.item);
  return iconv.encode(p.open + items.join(p.separator) + p.close, o.encoding);
}

/** Streams the export to `path`, 64 KiB of text at a time, so memory stays flat for any count. */
export async function writeJsonExport(path: string, messages: Iterable<ExportedSms>, options: JsonExportOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const p = pieces(o);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(iconv.encode(text, o.encoding))) await once(out, 'drain');
  };
  let chunk = p.open;
  let first = true;
  for (const m of messages) {
    chunk += (first ? '' : p.separator) + p.item(m);
    first = false;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk + p.close);
  out.end();
  await once(out, 'finish');
}
