// SPDX-License-Identifier: MIT
// One boolean from the top-level dictionary of a property list, in either of the two encodings
// Apple writes: XML, or binary "bplist00" (what Finder and iTunes write for a backup's
// Manifest.plist). Enough to answer "is this backup encrypted?" without a plist library.
//
// Binary layout relied on (Apple's CFBinaryPList.c): an 8-byte header, objects, an offset table,
// and a 32-byte trailer ending with offset size (byte 6), reference size (byte 7), object count,
// top object and offset-table position (8-byte big-endian each). An object starts with a marker:
// 0x08 false, 0x09 true, 0x1n an integer of 2^n bytes, 0x5n ASCII and 0x6n UTF-16BE strings of n
// characters, 0xDn a dictionary of n keys followed by n values; n = 0xF means an integer object
// with the real count follows.

const BINARY_MAGIC = Buffer.from('bplist00', 'latin1');
const TRAILER_BYTES = 32;
const MAX_OBJECTS = 1_000_000;

class BinaryPlist {
  private readonly offsetSize: number;
  private readonly refSize: number;
  private readonly objectCount: number;
  private readonly offsetTable: number;
  readonly top: number;

  constructor(private readonly bytes: Buffer) {
    const trailer = bytes.length - TRAILER_BYTES;
    if (trailer < BINARY_MAGIC.length) throw new RangeError('too short');
    this.offsetSize = bytes[trailer + 6]!;
    this.refSize = bytes[trailer + 7]!;
    this.objectCount = this.bigEndian(trailer + 8, 8);
    this.top = this.bigEndian(trailer + 16, 8);
    this.offsetTable = this.bigEndian(trailer + 24, 8);
    if (this.objectCount > MAX_OBJECTS || this.top >= this.objectCount || this.offsetSize === 0 || this.refSize === 0) {
      throw new RangeError('bad trailer');
    }
  }

  private bigEndian(at: number, size: number): number {
    if (size < 1 || size > 8 || at < 0 || at + size > this.bytes.length) throw new RangeError('out of bounds');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + this.bytes[at + i]!;
    if (!Number.isSafeInteger(n)) throw new RangeError('too large');
    return n;
  }

  private offset(object: number): number {
    if (object >= this.objectCount) throw new RangeError('bad reference');
    return this.bigEndian(this.offsetTable + object * this.offsetSize, this.offsetSize);
  }

  private marker(object: number): { at: number; type: number; count: number; body: number } {
    const at = this.offset(object);
    const byte = this.bytes[at];
    if (byte === undefined) throw new RangeError('out of bounds');
    const type = byte >> 4;
    let count = byte & 0x0f;
    let body = at + 1;
    if (count === 0x0f && type !== 0) {
      const head = this.bytes[body];
      if (head === undefined || head >> 4 !== 1) throw new RangeError('bad count');
      const size = 1 << (head & 0x0f);
      count = this.bigEndian(body + 1, size);
      body += 1 + size;
    }
    return { at, type, count, body };
  }

  /** The boolean an object holds, or null when it is something else. */
  boolean(object: number): boolean | null {
    const byte = this.bytes[this.offset(object)];
    return byte === 0x09 ? true : byte === 0x08 ? false : null;
  }

  string(object: number): string | null {
    const { type, count, body } = this.marker(object);
    if (type === 0x5) return this.slice(body, count).toString('latin1');
    if (type === 0x6) return this.slice(body, count * 2).swap16().toString('utf16le');
    return null;
  }

  /** Key and value references of a dictionary object, or null when it is not one. */
  dictionary(object: number): [key: number, value: number][] | null {
    const { type, count, body } = this.marker(object);
    if (type !== 0xd) return null;
    const entries: [number, number][] = [];
    for (let i = 0; i < count; i++) {
      entries.push([
        this.bigEndian(body + i * this.refSize, this.refSize),
        this.bigEndian(body + (count + i) * this.refSize, this.refSize),
      ]);
    }
    return entries;
  }

  private slice(at: number, length: number): Buffer {
    if (at + length > this.bytes.length) throw new RangeError('out of bounds');
    return Buffer.from(this.bytes.subarray(at, at + length));
  }
}

function binaryBoolean(bytes: Buffer, key: string): boolean | null {
  try {
    const plist = new BinaryPlist(bytes);
    const entries = plist.dictionary(plist.top);
    const entry = entries?.find(([k]) => plist.string(k) === key);
    return entry ? plist.boolean(entry[1]) : null;
  } catch (err) {
    if (err instanceof RangeError) return null;
    throw err;
  }
}

const XML_TAG = /<(\/?)([A-Za-z]+)\s*(\/?)>/g;

/** Walks the tags, counting dict/array depth, so that a key of a nested dictionary is not taken. */
function xmlBoolean(text: string, key: string): boolean | null {
  const tags = new RegExp(XML_TAG.source, 'g');
  let depth = 0;
  let wanted = false;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
    const [, closing, name, selfClosing] = m;
    if (name === 'dict' || name === 'array') {
      if (depth === 1 && wanted && !closing) return null;
      if (!selfClosing) depth += closing ? -1 : 1;
      continue;
    }
    if (closing || depth !== 1) continue;
    if (name === 'key') {
      const end = text.indexOf('</key>', tags.lastIndex);
      if (end < 0) return null;
      wanted = text.slice(tags.lastIndex, end).trim() === key;
      tags.lastIndex = end + '</key>'.length;
    } else if (wanted) {
      return name === 'true' ? true : name === 'false' ? false : null;
    }
  }
  return null;
}

/** The value of `key` in the property list's top-level dictionary: null when absent or not a boolean. */
export function readPlistBoolean(bytes: Buffer, key: string): boolean | null {
  if (bytes.subarray(0, BINARY_MAGIC.length).equals(BINARY_MAGIC)) return binaryBoolean(bytes, key);
  return xmlBoolean(bytes.toString('utf8'), key);
}
