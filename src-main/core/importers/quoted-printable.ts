// SPDX-License-Identifier: MIT
// Quoted-printable (RFC 2045 §6.7) as vCard 2.1 and vMessage writers use it for non-ASCII text:
// `=E4=BD=A0` is one byte each, and `=` at the end of a line is a soft break that joins the next
// line. None of the installed libraries decodes it (iconv-lite converts charsets only).
import iconv from 'iconv-lite';

const SOFT_BREAK = /=[ \t]*\r?\n/g;
/** Charsets in which an ASCII character is its own single byte. */
const NOT_ASCII_COMPATIBLE = /^(utf-?16|ucs-?2|utf-?32)/i;

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Decodes a quoted-printable value (its lines joined with `\n`) whose bytes are in `charset`.
 * Writers are not always strict, so text that is not an escape (raw non-ASCII, a lone `=`) is kept
 * as it is rather than rejected: it is encoded in `charset` and decoded back with the escaped bytes.
 */
export function decodeQuotedPrintable(encoded: string, charset: string): string {
  const text = encoded.includes('=') ? encoded.replace(SOFT_BREAK, '') : encoded;
  const asciiBytes = !NOT_ASCII_COMPATIBLE.test(charset);
  // Four bytes per character covers every charset's longest encoding of one UTF-16 unit.
  const bytes = Buffer.allocUnsafe(text.length * 4);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && i + 2 < text.length) {
      const high = hexValue(text.charCodeAt(i + 1));
      const low = hexValue(text.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes[n++] = high * 16 + low;
        i += 3;
        continue;
      }
    }
    if (asciiBytes && c < 0x80) {
      bytes[n++] = c;
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== 0x3d && !(asciiBytes && text.charCodeAt(end) < 0x80)) end += 1;
    n += iconv.encode(text.slice(i, end), charset).copy(bytes, n);
    i = end;
  }
  return iconv.decode(bytes.subarray(0, n), charset);
}
