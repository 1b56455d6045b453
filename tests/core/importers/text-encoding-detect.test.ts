// SPDX-License-Identifier: MIT
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHead, detectTextEncoding } from '../../../src-main/core/importers/text-encoding-detect';

const TEXT = '号码,内容,时间\r\n10086,【中国移动】您的话费余额为12.50元，请及时充值。,2025-04-16 13:09:12\r\n';

describe('detectTextEncoding', () => {
  it('follows a byte order mark', () => {
    expect(detectTextEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe('utf-8');
    expect(detectTextEncoding(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toBe('utf-16le');
    expect(detectTextEncoding(iconv.encode(TEXT, 'utf-16be', { addBOM: true }))).toBe('utf-16be');
  });

  it('recognises UTF-16 without a BOM by where the NUL bytes fall', () => {
    expect(detectTextEncoding(iconv.encode(TEXT, 'utf-16le'))).toBe('utf-16le');
    expect(detectTextEncoding(iconv.encode(TEXT, 'utf-16be'))).toBe('utf-16be');
  });

  it('takes valid UTF-8 (and plain ASCII) as UTF-8, even with a character cut by the end of the head', () => {
    const bytes = Buffer.from(TEXT);
    expect(detectTextEncoding(bytes)).toBe('utf-8');
    expect(detectTextEncoding(bytes.subarray(0, 2))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from('address,body,date\n'))).toBe('utf-8');
  });

  it('takes GBK and GB2312 bytes as GB18030', () => {
    expect(detectTextEncoding(iconv.encode(TEXT, 'gbk'))).toBe('gb18030');
    expect(detectTextEncoding(iconv.encode(TEXT, 'gb2312'))).toBe('gb18030');
    expect(detectTextEncoding(iconv.encode('号码,内容', 'gbk'))).toBe('gb18030');
  });

  it('takes a GBK file with a few damaged bytes as GB18030 when chardet agrees', () => {
    const bytes = iconv.encode(TEXT.repeat(4), 'gbk');
    bytes[20] = 0xff;
    expect(detectTextEncoding(bytes)).toBe('gb18030');
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8', () => {
    const bytes = Buffer.from(TEXT.repeat(20));
    bytes[40] = 0xff;
    expect(detectTextEncoding(bytes)).toBe('utf-8');
  });

  it('falls back to UTF-8 for bytes that are neither', () => {
    expect(detectTextEncoding(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0xff, 0xfe, 0x41]).subarray(0, 13))).toBe('utf-8');
  });
});

describe('decodeHead', () => {
  it('drops the BOM and decodes in the detected encoding', () => {
    expect(decodeHead(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toBe(TEXT);
    expect(decodeHead(iconv.encode(TEXT, 'gb18030'))).toBe(TEXT);
  });
});
