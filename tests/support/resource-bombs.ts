// SPDX-License-Identifier: MIT
// Inputs built to exhaust memory, disk or time: XML entity expansion and external entities,
// images whose headers declare billions of pixels, lines gigabytes long, nesting millions deep.
// Large ones are generated as a stream (ByteSource) or as a sparse file, never held in memory.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateSync } from 'node:zlib';
import type { ByteSource } from '../../src-main/core/import/records';

/** The classic: ten entities of ten references each, 10^9 "lol" if expanded, under 1 KB written. */
export function billionLaughsXml(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE smses [\n${entities.join('\n')}\n]>\n` +
    '<smses count="1"><sms protocol="0" address="10086" date="1744780152000" type="1" body="&lol9;" read="1" /></smses>\n'
  );
}

/** An entity whose value is a file or a URL, used in a message body. */
export function externalEntityXml(uri: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE smses [<!ENTITY xxe SYSTEM "${uri}"><!ENTITY % remote SYSTEM "${uri}"> %remote;]>\n` +
    '<smses count="1"><sms protocol="0" address="10086" date="1744780152000" type="1" body="&xxe;" read="1" /></smses>\n'
  );
}

/** The same reference with no declaration at all: the parser must not resolve it by itself. */
export function undeclaredEntityXml(): string {
  return '<?xml version="1.0"?>\n<smses count="1"><sms address="10086" date="1744780152000" type="1" body="&xxe;" /></smses>\n';
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/**
 * An 8-bit RGB PNG of `width`×`height` whose IDAT holds only the first `rows` rows: a valid header
 * with pixels that end early (a decompression bomb when the size is huge, a cut-off file otherwise).
 */
export function pngDeclaring(width: number, height: number, rows = 1): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const pixels = deflateSync(Buffer.alloc(rows * (1 + width * 3)), { level: constants.Z_BEST_COMPRESSION });
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A real JPEG with its SOF0 frame header rewritten to claim `width`×`height`. */
export function jpegDeclaring(jpeg: Buffer, width: number, height: number): Buffer {
  const bytes = Buffer.from(jpeg);
  for (let i = 0; i + 8 < bytes.length; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      bytes.writeUInt16BE(height, i + 5);
      bytes.writeUInt16BE(width, i + 7);
      return bytes;
    }
  }
  throw new Error('no SOF0/SOF2 marker in the JPEG');
}

/** A real lossy WebP (RIFF, VP8 chunk, no VP8X) with its frame header claiming `width`×`height` (14 bits each). */
export function webpDeclaring(webp: Buffer, width: number, height: number): Buffer {
  const bytes = Buffer.from(webp);
  if (bytes.toString('latin1', 12, 16) !== 'VP8 ') throw new Error('not a simple lossy WebP');
  bytes.writeUInt16LE(width & 0x3fff, 26);
  bytes.writeUInt16LE(height & 0x3fff, 28);
  return bytes;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * `prefix`, then `totalBytes` of `fill` repeated with no line break: one line as long as wanted,
 * produced chunk by chunk from one reused buffer.
 */
export function singleLineSource(name: string, prefix: string, fill: string, totalBytes: number): ByteSource {
  const unit = Buffer.from(fill);
  const chunk = Buffer.alloc(unit.length * Math.floor(CHUNK_BYTES / unit.length), unit);
  return {
    name,
    size: prefix.length + totalBytes,
    async *open() {
      yield Buffer.from(prefix);
      for (let sent = 0; sent < totalBytes; sent += chunk.length) yield chunk;
    },
  };
}

/** A file of `prefix` and then zeros up to `size` bytes, sparse: it takes no disk beyond the prefix. */
export function writeSparseFile(path: string, prefix: string, size: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, prefix);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}
