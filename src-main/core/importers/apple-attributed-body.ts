// SPDX-License-Identifier: MIT
// The text of `message.attributedBody`: an NSAttributedString archived by NSArchiver in the
// "typedstream" format. Since iOS 16 / macOS Ventura `message.text` is often NULL and this blob is
// the only copy of what the user saw.
//
// Only the string is needed, so rather than walking the whole object graph the decoder finds the
// first literal value of type "+" (raw bytes: the NSString's UTF-8, which in an attributed string
// comes before any attribute) and reads its length-prefixed bytes. Typedstream facts relied on
// (see dgelessus/python-typedstream, imessage-exporter):
// - the archive starts with 0x04 0x0B "streamtyped" (streamer version 4, little-endian);
// - a new type string is TAG_NEW 0x84, its length, its bytes: "+" is 0x84 0x01 0x2B;
// - an integer is one byte unless it is a tag: 0x81 announces 2 bytes and 0x82 4 bytes (little
//   endian); 0x80 and 0x83..0x91 are other tags (0x83 a float, 0x85 nil, 0x86 end of object), and
//   0x92..0xFF as an unsigned length is the byte's value;
// - the string's object ends right after its bytes with 0x86.
// A blob whose length prefix does not fit (one of imessage-exporter's samples has such a blob) is
// read up to 0x86 0x84, the end of the string object followed by the next value, instead.

const SIGNATURE = Buffer.from('\x04\x0bstreamtyped', 'latin1');
const STRING_TYPE = Buffer.from([0x84, 0x01, 0x2b]);
const END_OF_STRING = Buffer.from([0x86, 0x84]);

const TAG_INTEGER_2 = 0x81;
const TAG_INTEGER_4 = 0x82;
const TAG_END_OF_OBJECT = 0x86;
const FIRST_TAG = 0x80;
const LAST_TAG = 0x91;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface LengthPrefix {
  /** Null when the prefix is a tag that cannot start a length. */
  length: number | null;
  /** Where the string's bytes begin. */
  start: number;
}

function readLength(bytes: Buffer, at: number): LengthPrefix | null {
  const head = bytes[at];
  if (head === undefined) return null;
  if (head === TAG_INTEGER_2) {
    return at + 3 <= bytes.length ? { length: bytes.readUInt16LE(at + 1), start: at + 3 } : null;
  }
  if (head === TAG_INTEGER_4) {
    return at + 5 <= bytes.length ? { length: bytes.readUInt32LE(at + 1), start: at + 5 } : null;
  }
  if (head >= FIRST_TAG && head <= LAST_TAG) return { length: null, start: at + 1 };
  return { length: head, start: at + 1 };
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The NSString inside an attributedBody blob, exactly as stored (attachment placeholders U+FFFC
 * included), or null when the blob is not a typedstream or holds no readable string.
 */
export function decodeAttributedBody(blob: Uint8Array): string | null {
  const bytes = Buffer.isBuffer(blob) ? blob : Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return null;
  const typeAt = bytes.indexOf(STRING_TYPE, SIGNATURE.length);
  if (typeAt < 0) return null;
  const prefix = readLength(bytes, typeAt + STRING_TYPE.length);
  if (prefix === null) return null;
  const { length, start } = prefix;
  if (length !== null && start + length < bytes.length && bytes[start + length] === TAG_END_OF_OBJECT) {
    const text = decodeUtf8(bytes.subarray(start, start + length));
    if (text !== null) return text;
  }
  const end = bytes.indexOf(END_OF_STRING, start);
  if (end < 0) return null;
  return decodeUtf8(bytes.subarray(start, end));
}
