// SPDX-License-Identifier: MIT
// Decodes a file fed in chunks of any size, so that a character cut by a chunk boundary comes out
// whole with the next chunk. iconv-lite does this for UTF-8 and UTF-16, but its GB18030 decoder
// loses output when a chunk starts with the end of a four-byte sequence (it sizes its output
// buffer at two bytes per input byte, and a completed four-byte character needs four from one).
// So GB18030 chunks are cut at character boundaries here and the decoder never carries a sequence
// across calls. The text handed out never ends with half a surrogate pair either: consumers that
// turn each piece back into UTF-8 bytes (csv-parse's writable side) would corrupt it.
import iconv from 'iconv-lite';
import type { CsvMapping } from '../model/csv-mapping';

type TextEncoding = CsvMapping['encoding'];

export interface StreamTextDecoder {
  /** Decodes the next chunk; a character cut by the chunk boundary comes out with the next chunk. */
  write(chunk: Buffer): string;
  /** Whatever is left at the end of the input (U+FFFD for a truncated character). */
  end(): string;
}

/**
 * Length of the GB18030 character that starts at `i`: one byte for ASCII (and the bytes 0x80 and
 * 0xFF, which are invalid as leads), four when the second byte is a digit, two otherwise.
 */
function gb18030Length(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x81 || lead === 0xff) return 1;
  const second = bytes[i + 1];
  if (second === undefined) return 2;
  return second >= 0x30 && second <= 0x39 ? 4 : 2;
}

/** Where the last whole GB18030 character of `bytes` ends. */
function gb18030Boundary(bytes: Buffer): number {
  let i = 0;
  for (;;) {
    const next = i + gb18030Length(bytes, i);
    if (next > bytes.length) return i;
    if (next === bytes.length) return next;
    i = next;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A decoder for a whole file, fed chunk by chunk; a leading BOM is dropped. */
export function createTextDecoder(encoding: TextEncoding): StreamTextDecoder {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  let heldBytes: Buffer = Buffer.alloc(0);
  let heldSurrogate = '';
  const pass = (text: string) => {
    const out = heldSurrogate + text;
    heldSurrogate = '';
    if (out.length > 0 && isHighSurrogate(out.charCodeAt(out.length - 1))) {
      heldSurrogate = out.slice(-1);
      return out.slice(0, -1);
    }
    return out;
  };
  return {
    write(chunk) {
      if (encoding !== 'gb18030') return pass(decoder.write(chunk));
      const bytes = heldBytes.length > 0 ? Buffer.concat([heldBytes, chunk]) : chunk;
      const boundary = gb18030Boundary(bytes);
      heldBytes = Buffer.from(bytes.subarray(boundary));
      return boundary > 0 ? pass(decoder.write(bytes.subarray(0, boundary))) : '';
    },
    end() {
      const rest = heldBytes.length > 0 ? decoder.write(heldBytes) : '';
      heldBytes = Buffer.alloc(0);
      const out = heldSurrogate + rest + (decoder.end() ?? '');
      heldSurrogate = '';
      return out;
    },
  };
}
