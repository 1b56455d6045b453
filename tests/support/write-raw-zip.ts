// SPDX-License-Identifier: MIT
// Zip archives whose headers say whatever the test wants (an uncompressed size that lies, entries
// that inflate a thousand times), which yazl will not write. Deflate data for gigabytes of one
// byte is built from one compressed megabyte repeated: each block is flushed with Z_FULL_FLUSH,
// so it ends byte-aligned with no back-reference into the previous one, and copies of it chain
// into one valid stream, closed by an empty final block. Layout: APPNOTE.TXT 4.3 (local file
// header, data, central directory, end of central directory record; no data descriptors).
import { writeFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';

export interface RawZipEntry {
  name: string;
  /** Raw deflate data (method 8). */
  data: Buffer;
  /** What the headers declare; the truth is whatever `data` inflates to. */
  uncompressedSize: number;
}

const MIB = 1 << 20;
/** A fixed-Huffman final block holding only its end-of-block code. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** Raw deflate data for `prefix` followed by `mebibytes` MiB of the byte `fill`. */
export function deflatedRun(prefix: string, fill: string, mebibytes: number): Buffer {
  const head = deflateRawSync(Buffer.from(prefix), { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(Buffer.alloc(MIB, fill), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([head, ...Array.from({ length: mebibytes }, () => block), FINAL_EMPTY_BLOCK]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

export function writeRawZip(path: string, entries: readonly RawZipEntry[]): void {
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    // version 2.0, no flags, deflate, a fixed DOS time and date, CRC left 0 (yauzl does not check it).
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(0), u32(e.data.length), u32(e.uncompressedSize), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name]);
    directory.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    body.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0)]);
  writeFileSync(path, Buffer.concat([...body, central, end]));
}
