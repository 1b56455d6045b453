// SPDX-License-Identifier: MIT
// Writes vMessage (.vmsg) files the way phones do, in the two body styles seen in the wild:
// IrMC/Nokia/OPPO (`X-IRMC-BOX`, plain text lines after `Date:`) and MediaTek-derived
// (`X-BOX` inside VBODY, text as a quoted-printable `Subject` property). Streamed, so the
// benchmark can write a million messages.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { type ExportedSms, wallClock } from './exported-sms';

export type VmessageStyle = 'irmc' | 'mtk';

export interface VmessageOptions {
  style?: VmessageStyle;
  encoding?: 'utf-8' | 'utf-16le' | 'gb18030';
  /** A byte order mark (UTF-8 or UTF-16 only). */
  bom?: boolean;
  timeZone?: string;
  /** luxon format of the `Date:` line. */
  dateFormat?: string;
  lineBreak?: '\r\n' | '\n';
  /** Longest quoted-printable line, soft breaks included (RFC 2045: 76). */
  qpLineLength?: number;
}

const DEFAULTS = {
  style: 'irmc',
  encoding: 'utf-8',
  bom: false,
  timeZone: 'Asia/Shanghai',
  dateFormat: 'yyyy/MM/dd HH:mm:ss',
  lineBreak: '\r\n',
  qpLineLength: 76,
} as const satisfies Required<VmessageOptions>;

const QP_TOKENS = Array.from({ length: 256 }, (_, b) =>
  (b >= 0x21 && b <= 0x7e && b !== 0x3d) || b === 0x20 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
);

/** Quoted-printable of the UTF-8 bytes of `text`, with `=` soft breaks so no line exceeds `lineLength`. */
export function encodeQuotedPrintable(text: string, lineLength = 76, lineBreak = '\r\n', firstLineUsed = 0): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let used = firstLineUsed;
  for (const b of bytes) {
    const token = QP_TOKENS[b]!;
    if (used + token.length > lineLength - 1) {
      out += `=${lineBreak}`;
      used = 0;
    }
    out += token;
    used += token.length;
  }
  return out;
}

export function vmessageBlock(m: ExportedSms, options: VmessageOptions = {}): string {
  const o = { ...DEFAULTS, ...options };
  const date = wallClock(m.time, o.timeZone, o.dateFormat);
  const box = m.type === 1 ? 'INBOX' : 'SENDBOX';
  const lines =
    o.style === 'irmc'
      ? [
          'BEGIN:VMSG',
          'VERSION:1.1',
          'X-IRMC-STATUS:READ',
          `X-IRMC-BOX:${box}`,
          'BEGIN:VCARD',
          'VERSION:2.1',
          m.contactName ? `FN:${m.contactName}` : 'N:',
          `TEL:${m.address}`,
          'END:VCARD',
          'BEGIN:VENV',
          'BEGIN:VBODY',
          `Date:${date}`,
          ...m.body.split('\n'),
          'END:VBODY',
          'END:VENV',
          'END:VMSG',
        ]
      : [
          'BEGIN:VMSG',
          'VERSION:1.1',
          'BEGIN:VCARD',
          `TEL:${m.address}`,
          'END:VCARD',
          'BEGIN:VBODY',
          `X-BOX:${m.type === 1 ? 'INBOX' : 'SENDBOX'}`,
          'X-READ:READ',
          'X-SIMID:1',
          'X-LOCKED:UNLOCKED',
          'X-TYPE:SMS',
          `Date:${date}`,
          `Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${encodeQuotedPrintable(m.body, o.qpLineLength, o.lineBreak, 50)}`,
          'END:VBODY',
          'END:VMSG',
        ];
  return lines.join(o.lineBreak) + o.lineBreak;
}

function encode(text: string, encoding: NonNullable<VmessageOptions['encoding']>): Buffer {
  return iconv.encode(text, encoding);
}

function bomFor(encoding: NonNullable<VmessageOptions['encoding']>): Buffer {
  if (encoding === 'utf-8') return Buffer.from([0xef, 0xbb, 0xbf]);
  if (encoding === 'utf-16le') return Buffer.from([0xff, 0xfe]);
  return Buffer.alloc(0);
}

/** A whole small file in memory. */
export function vmessageFile(messages: Iterable<ExportedSms>, options: VmessageOptions = {}): Buffer {
  const o = { ...DEFAULTS, ...options };
  let text = '';
  for (const m of messages) text += vmessageBlock(m, o);
  return Buffer.concat([o.bom ? bomFor(o.encoding) : Buffer.alloc(0), encode(text, o.encoding)]);
}

/** Streams messages to `path`, 64 KiB at a time, so memory stays flat for any count. */
export async function writeVmessageFile(path: string, messages: Iterable<ExportedSms>, options: VmessageOptions = {}): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const out = createWriteStream(path);
  const write = async (b: Buffer) => {
    if (!out.write(b)) await once(out, 'drain');
  };
  if (o.bom) await write(bomFor(o.encoding));
  let chunk = '';
  for (const m of messages) {
    chunk += vmessageBlock(m, o);
    if (chunk.length > 1 << 16) {
      await write(encode(chunk, o.encoding));
      chunk = '';
    }
  }
  await write(encode(chunk, o.encoding));
  out.end();
  await once(out, 'finish');
}
