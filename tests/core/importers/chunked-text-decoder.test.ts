// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createTextDecoder } from '../../../src-main/core/importers/chunked-text-decoder';

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
const ENCODINGS: Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

function decodeInChunks(bytes: Buffer, encoding: Encoding, sizes: number[]): string[] {
  const decoder = createTextDecoder(encoding);
  const pieces: string[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    pieces.push(decoder.write(bytes.subarray(at, at + size)));
    at += size;
  }
  pieces.push(decoder.end());
  return pieces;
}

describe('createTextDecoder', () => {
  it('decodes a four-byte GB18030 character fed one byte at a time (iconv-lite alone loses it)', () => {
    const bytes = iconv.encode('效😂a', 'gb18030');
    expect(decodeInChunks(bytes, 'gb18030', [1]).join('')).toBe('效😂a');
  });

  it('never hands out half a surrogate pair', () => {
    const pieces = decodeInChunks(iconv.encode('有效😂；', 'utf-16le'), 'utf-16le', [1]);
    expect(pieces.join('')).toBe('有效😂；');
    for (const piece of pieces) expect(piece).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('drops a leading BOM', () => {
    expect(decodeInChunks(iconv.encode('号码', 'utf-16le', { addBOM: true }), 'utf-16le', [3]).join('')).toBe('号码');
    expect(decodeInChunks(Buffer.from('\ufeff号码'), 'utf-8', [2]).join('')).toBe('号码');
  });

  it('decodes any text identically however it is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom(...ENCODINGS),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        (text, encoding, sizes) => {
          const pieces = decodeInChunks(iconv.encode(text, encoding), encoding, sizes);
          expect(pieces.join('')).toBe(text);
          for (const piece of pieces.slice(0, -1)) expect(piece).not.toMatch(/[\ud800-\udbff]$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('turns a truncated character at the end into U+FFFD', () => {
    const bytes = Buffer.from('你好');
    expect(decodeInChunks(bytes.subarray(0, 4), 'utf-8', [4]).join('')).toBe('你\ufffd');
    expect(decodeInChunks(iconv.encode('你好', 'gb18030').subarray(0, 3), 'gb18030', [3]).join('')).toBe('你\ufffd');
  });
});
