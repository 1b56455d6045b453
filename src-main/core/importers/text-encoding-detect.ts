// SPDX-License-Identifier: MIT
// Which text encoding an export uses, from its first bytes, for formats that do not declare one
// (CSV, TSV, JSON, vMessage). Chinese phones and PC tools write UTF-8 (with or without a BOM),
// UTF-16 (Nokia and Excel's "Unicode text", often without a BOM) or GBK/GB18030 (Excel and older
// Windows tools on a Chinese system). GB18030 is a superset of GBK and GB2312, so one decoder
// reads all three.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { CsvMapping } from '../model/csv-mapping';
import { createTextDecoder } from './chunked-text-decoder';

export type TextEncoding = CsvMapping['encoding'];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** How many bytes of the head the NUL-pattern and validity checks look at. */
const CHECK_BYTES = 64 * 1024;

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII (digits, commas, `BEGIN:VMSG`) has a NUL as the
 * high byte of every ASCII character, so NULs pile up on one side of each byte pair. UTF-8 and
 * GB18030 text never contains a NUL.
 */
function utf16ByNulPattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, CHECK_BYTES) & ~1;
  if (n < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNuls += 1;
    if (head[i + 1] === 0) oddNuls += 1;
  }
  const pairs = n / 2;
  if (oddNuls >= pairs / 10 && evenNuls <= oddNuls / 20) return 'utf-16le';
  if (evenNuls >= pairs / 10 && oddNuls <= evenNuls / 20) return 'utf-16be';
  return null;
}

/** True when the bytes are UTF-8; a character cut by the end of the head does not count against it. */
function isUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, CHECK_BYTES), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function decodesAsGb18030(head: Uint8Array): boolean {
  const decoder = iconv.getDecoder('gb18030');
  // write() without end() keeps a lead byte cut off by the end of the head for later.
  return !decoder.write(Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, CHECK_BYTES))).includes('\ufffd');
}

/**
 * The encoding of a file from its head: a byte order mark, else the NUL pattern of BOM-less
 * UTF-16, else UTF-8 when the bytes are valid UTF-8 (plain ASCII included), else GB18030 when they
 * decode cleanly as GB18030 or chardet ranks them GB18030 (a few damaged bytes in a GBK file).
 * Anything else is read as UTF-8 with U+FFFD for the bad bytes; the user can name the encoding.
 */
export function detectTextEncoding(head: Uint8Array): TextEncoding {
  if (startsWith(head, UTF8_BOM)) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = utf16ByNulPattern(head);
  if (utf16) return utf16;
  if (isUtf8(head)) return 'utf-8';
  if (decodesAsGb18030(head)) return 'gb18030';
  return chardet.detect(head.subarray(0, CHECK_BYTES)) === 'GB18030' ? 'gb18030' : 'utf-8';
}

/** Decodes the head of a file on its own, for format detection and previews. */
export function decodeHead(head: Buffer, encoding: TextEncoding = detectTextEncoding(head)): string {
  return createTextDecoder(encoding).write(head);
}
