// SPDX-License-Identifier: MIT
// Writes a flat dictionary as a binary property list ("bplist00"), the encoding Finder and iTunes
// use for a backup's Manifest.plist. Values: booleans, integers, ASCII or Unicode strings, data.

export type PlistValue = boolean | number | string | Buffer;

function sizeMarker(type: number, count: number): Buffer {
  if (count < 15) return Buffer.from([(type << 4) | count]);
  return Buffer.concat([Buffer.from([(type << 4) | 0x0f]), integer(count)]);
}

function integer(n: number): Buffer {
  if (n < 0x100) return Buffer.from([0x10, n]);
  if (n < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = 0x11;
    b.writeUInt16BE(n, 1);
    return b;
  }
  const b = Buffer.alloc(9);
  b[0] = 0x13;
  b.writeBigInt64BE(BigInt(n), 1);
  return b;
}

function encodeValue(value: PlistValue): Buffer {
  if (typeof value === 'boolean') return Buffer.from([value ? 0x09 : 0x08]);
  if (typeof value === 'number') return integer(value);
  if (Buffer.isBuffer(value)) return Buffer.concat([sizeMarker(0x4, value.length), value]);
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return Buffer.concat([sizeMarker(0x5, value.length), Buffer.from(value, 'latin1')]);
  return Buffer.concat([sizeMarker(0x6, value.length), Buffer.from(value, 'utf16le').swap16()]);
}

/** Object 0 is the dictionary; its keys and values follow, each referenced by one-byte index. */
export function binaryPlist(dict: Readonly<Record<string, PlistValue>>): Buffer {
  const entries = Object.entries(dict);
  if (entries.length * 2 + 1 > 255) throw new RangeError('one-byte references: at most 127 entries');
  const keys = entries.map(([k]) => encodeValue(k));
  const values = entries.map(([, v]) => encodeValue(v));
  const refs = Buffer.from([...entries.map((_, i) => 1 + i), ...entries.map((_, i) => 1 + entries.length + i)]);
  const objects = [Buffer.concat([sizeMarker(0xd, entries.length), refs]), ...keys, ...values];
  const header = Buffer.from('bplist00', 'latin1');
  const offsets: number[] = [];
  let position = header.length;
  for (const object of objects) {
    offsets.push(position);
    position += object.length;
  }
  const offsetSize = position < 0x100 ? 1 : position < 0x10000 ? 2 : 4;
  const table = Buffer.alloc(offsets.length * offsetSize);
  offsets.forEach((offset, i) => table.writeUIntBE(offset, i * offsetSize, offsetSize));
  const trailer = Buffer.alloc(32);
  trailer[6] = offsetSize;
  trailer[7] = 1;
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(BigInt(position), 24);
  return Buffer.concat([header, ...objects, table, trailer]);
}

/** The same dictionary as an XML property list. */
export function xmlPlist(dict: Readonly<Record<string, PlistValue>>): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = Object.entries(dict).map(([key, value]) => {
    const encoded =
      typeof value === 'boolean'
        ? `<${value}/>`
        : typeof value === 'number'
          ? `<integer>${value}</integer>`
          : Buffer.isBuffer(value)
            ? `<data>${value.toString('base64')}</data>`
            : `<string>${escape(value)}</string>`;
    return `\t<key>${escape(key)}</key>\n\t${encoded}`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    `<plist version="1.0">\n<dict>\n${lines.join('\n')}\n</dict>\n</plist>\n`
  );
}
