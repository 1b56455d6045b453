// SPDX-License-Identifier: MIT
// The typedstream decoder against imessage-exporter's sample blobs (GPL test data, read from the
// shared folder and never copied), blobs written like Messages writes them, and arbitrary bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAttributedBody } from '../../../src-main/core/importers/apple-attributed-body';
import { appleMessageBody } from '../../../src-main/core/importers/apple-sms-db';
import { encodeAttributedBody } from '../../support/typedstream-attributed-body';
import { FIXTURES } from './sqlite-test-files';

const sample = (name: string) => readFileSync(join(FIXTURES, 'imessage-attributedBody', name));
const STRING_TYPE = Buffer.from([0x84, 0x01, 0x2b]);

/** A blob for `text` whose length prefix is replaced by `prefix`. */
function withLengthPrefix(text: string, prefix: number[]): Buffer {
  const blob = encodeAttributedBody(text);
  const typeAt = blob.indexOf(STRING_TYPE);
  const lengthAt = typeAt + STRING_TYPE.length;
  const textAt = blob.indexOf(Buffer.from(text, 'utf8'), lengthAt);
  return Buffer.concat([blob.subarray(0, lengthAt), Buffer.from(prefix), blob.subarray(textAt)]);
}

describe('decodeAttributedBody on sample blobs', () => {
  it.each([
    ['AttributedBodyTextOnly', 'Noter test'],
    ['AttributedBodyTextOnly2', 'Test 3'],
    ['URL', 'https://github.com/ReagentX/Logria'],
    ['Blank', ''],
  ])('reads %s', (name, text) => {
    expect(decodeAttributedBody(sample(name))).toBe(text);
  });

  it('keeps the U+FFFC placeholders where attachments sat (MultiPart)', () => {
    expect(decodeAttributedBody(sample('MultiPart'))).toBe('\uFFFCtest 1\uFFFCtest 2 \uFFFCtest 3');
  });

  it('reads up to the end of the string object when the length prefix is wrong (ExtraData)', () => {
    // The prefix 0x81 0x9d 0x00 claims 157 bytes where 17 follow: both trailing spaces are text.
    const blob = sample('ExtraData');
    expect(blob.subarray(blob.indexOf(STRING_TYPE) + 3, blob.indexOf(STRING_TYPE) + 6)).toEqual(Buffer.from([0x81, 0x9d, 0x00]));
    expect(decodeAttributedBody(blob)).toBe('This is parsing  ');
  });

  it('writes blobs byte for byte as Messages does (the generator matches a real blob)', () => {
    expect(encodeAttributedBody('Noter test')).toEqual(sample('AttributedBodyTextOnly'));
  });
});

describe('decodeAttributedBody on written blobs', () => {
  it.each([
    ['Chinese text', '【工商银行】您尾号6688的储蓄卡3月15日支出人民币1,280.00元。'],
    ['emoji', '收到😂👍🏽'],
    ['a 2-byte length (0x81)', '验证码482913，'.repeat(40)],
    ['a 4-byte length (0x82)', '长'.repeat(20_000)],
    ['newlines and quotes', '晚上回来吃饭吗？\n记得带 "钥匙"'],
  ])('reads %s', (_, text) => {
    expect(decodeAttributedBody(encodeAttributedBody(text))).toBe(text);
  });

  it('trusts the length over the end marker, whose bytes can occur inside UTF-8 (U+1F184)', () => {
    const text = 'A🆄B';
    expect(Buffer.from(text).includes(Buffer.from([0x86, 0x84]))).toBe(true);
    expect(decodeAttributedBody(encodeAttributedBody(text))).toBe(text);
  });

  it('reads a length of 146 to 255 written as one unsigned byte', () => {
    const text = '账'.repeat(50); // 150 bytes
    expect(decodeAttributedBody(withLengthPrefix(text, [150]))).toBe(text);
  });

  it('falls back to the end marker when the prefix is a tag that cannot be a length', () => {
    expect(decodeAttributedBody(withLengthPrefix('退订回T', [0x83]))).toBe('退订回T');
  });

  it('returns null for bytes that are not a typedstream or hold no string', () => {
    expect(decodeAttributedBody(Buffer.from('bplist00'))).toBeNull();
    expect(decodeAttributedBody(Buffer.alloc(0))).toBeNull();
    expect(decodeAttributedBody(sample('Blank').subarray(0, 0x40))).toBeNull();
  });

  it('returns null for a blob cut off inside the text', () => {
    const blob = encodeAttributedBody('您的快递已到驿站，取件码 3-2-1234');
    expect(decodeAttributedBody(blob.subarray(0, blob.indexOf(STRING_TYPE) + 12))).toBeNull();
  });

  it('returns null when the bytes are not UTF-8', () => {
    const blob = encodeAttributedBody('abcd');
    blob[blob.indexOf(Buffer.from('abcd'))] = 0xc0;
    expect(decodeAttributedBody(blob)).toBeNull();
  });
});

describe('appleMessageBody', () => {
  it('prefers the text column and removes attachment placeholders', () => {
    expect(appleMessageBody('\uFFFC看这张照片', null)).toBe('看这张照片');
    expect(appleMessageBody('text column', encodeAttributedBody('blob'))).toBe('text column');
  });

  it('reads attributedBody when text is NULL or empty', () => {
    expect(appleMessageBody(null, sample('MultiPart'))).toBe('test 1test 2 test 3');
    expect(appleMessageBody('', encodeAttributedBody('好的'))).toBe('好的');
    expect(appleMessageBody(null, null)).toBe('');
    expect(appleMessageBody(null, Buffer.from('garbage'))).toBe('');
  });
});

describe('decodeAttributedBody on arbitrary input', () => {
  const timed = (bytes: Uint8Array): string | null => {
    const started = performance.now();
    const result = decodeAttributedBody(bytes);
    expect(performance.now() - started).toBeLessThan(200);
    return result;
  };

  it('returns a string or null for random bytes, quickly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, withSignature) => {
        const input = withSignature ? Buffer.concat([sample('Blank').subarray(0, 0x40), bytes]) : bytes;
        const result = timed(input);
        expect(result === null || typeof result === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a string or null for damaged real blobs', () => {
    const blobs = ['AttributedBodyTextOnly', 'ExtraData', 'MultiPart', 'URL'].map(sample);
    fc.assert(
      fc.property(
        fc.constantFrom(...blobs),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
        (blob, flips, cut) => {
          const damaged = Buffer.from(blob);
          for (const [at, value] of flips) damaged[at % damaged.length] = value;
          const result = timed(damaged.subarray(0, damaged.length - (cut % damaged.length)));
          expect(result === null || typeof result === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back any text it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(decodeAttributedBody(encodeAttributedBody(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
