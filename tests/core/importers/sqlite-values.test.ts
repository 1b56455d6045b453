// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { epochMs, integerValue, nonEmptyText, optionalEpochMs, readFlag, textValue } from '../../../src-main/core/importers/sqlite-values';

describe('sqlite-values', () => {
  it('reads integers from numbers, bigints and numeric text, and nothing else', () => {
    expect(integerValue(1383065788038)).toBe(1383065788038);
    expect(integerValue(12n)).toBe(12);
    expect(integerValue(' 42 ')).toBe(42);
    expect(integerValue(2.9)).toBe(2);
    expect(integerValue(2n ** 63n - 1n)).toBeNull();
    expect(integerValue(Number.NaN)).toBeNull();
    expect(integerValue('1e3')).toBeNull();
    expect(integerValue('昨天')).toBeNull();
    expect(integerValue(Buffer.from('12'))).toBeNull();
    expect(integerValue(null)).toBeNull();
  });

  it('tells seconds from ms by magnitude where the unit may be either', () => {
    expect(epochMs(1710466200, 'seconds-or-ms')).toBe(1710466200000);
    expect(epochMs(1710466200000, 'seconds-or-ms')).toBe(1710466200000);
    expect(epochMs(-5, 'seconds-or-ms')).toBe(-5000);
    expect(epochMs(1710466200, 'ms')).toBe(1710466200);
  });

  it('refuses times outside any representable date and treats a zero sent time as unrecorded', () => {
    expect(epochMs(8.64e15, 'ms')).toBe(8.64e15);
    expect(epochMs(8.64e15 + 1, 'ms')).toBeNull();
    expect(epochMs(-9e15, 'ms')).toBeNull();
    expect(optionalEpochMs(0, 'ms')).toBeNull();
    expect(optionalEpochMs(0, 'seconds-or-ms')).toBeNull();
  });

  it('decodes blobs as UTF-8 text and drops blank text', () => {
    expect(textValue(Buffer.from('验证码 123', 'utf8'))).toBe('验证码 123');
    expect(textValue(10086)).toBe('10086');
    expect(nonEmptyText('  ')).toBeNull();
    expect(nonEmptyText(' 95588')).toBe(' 95588');
  });

  it('reads only 0 and 1 as read flags', () => {
    expect(readFlag(1)).toBe(true);
    expect(readFlag(0)).toBe(false);
    expect(readFlag(2)).toBeNull();
    expect(readFlag(null)).toBeNull();
  });
});
