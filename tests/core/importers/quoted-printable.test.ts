// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable } from '../../../src-main/core/importers/quoted-printable';
import { encodeQuotedPrintable } from '../../support/write-vmessage';

describe('decodeQuotedPrintable', () => {
  it('decodes escaped UTF-8 bytes, upper or lower case', () => {
    expect(decodeQuotedPrintable('=E4=BD=A0=E5=A5=BD', 'UTF-8')).toBe('你好');
    expect(decodeQuotedPrintable('=e4=bd=a0', 'utf-8')).toBe('你');
  });

  it('joins soft line breaks, also inside an escaped character', () => {
    expect(decodeQuotedPrintable('Your code is 1234=\n, thanks', 'UTF-8')).toBe('Your code is 1234, thanks');
    expect(decodeQuotedPrintable('=E4=BD=\r\n=A0=E5=\n=A5=BD', 'UTF-8')).toBe('你好');
  });

  it('keeps escaped line breaks and equals signs, and literal text as it is', () => {
    expect(decodeQuotedPrintable('a=0D=0Ab=3Dc', 'UTF-8')).toBe('a\r\nb=c');
    expect(decodeQuotedPrintable('价格=元 =ZZ =', 'UTF-8')).toBe('价格=元 =ZZ =');
  });

  it('decodes the bytes in the named charset', () => {
    const gbk = [...iconv.encode('余额', 'gbk')].map((b) => `=${b.toString(16).toUpperCase()}`).join('');
    expect(decodeQuotedPrintable(gbk, 'GBK')).toBe('余额');
  });
});

describe('decodeQuotedPrintable on what a phone writes', () => {
  it('reads back any text encoded with soft breaks at any line length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 4, max: 76 }), (text, lineLength) => {
        const encoded = encodeQuotedPrintable(text, lineLength, '\n');
        expect(decodeQuotedPrintable(encoded, 'UTF-8')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes literal text in a charset that is not ASCII-compatible', () => {
    expect(decodeQuotedPrintable('ab=60=4Fc', 'utf-16le')).toBe('ab你c');
  });
});
