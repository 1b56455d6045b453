// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findInternationalNumbers, findMobileNumbers } from '../../../src-main/core/pii/phone-numbers';

function mobiles(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  findMobileNumbers(text, out);
  return out;
}
function international(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  findInternationalNumbers(text, out);
  return out;
}

describe('mainland mobile numbers', () => {
  it('finds a number written in full and spans exactly its digits', () => {
    const text = '【京东物流】配送员王师傅开始配送，联系电话15251757082。';
    expect(mobiles(text)).toEqual([{ type: 'mobile', value: '15251757082', start: 21, end: 32, score: 0.95 }]);
  });

  it('normalises +86, 0086 and 86 prefixes and 3-4-4 spacing to national digits', () => {
    for (const written of ['+86 138 1234 5678', '008613812345678', '8613812345678', '138-1234-5678', '(+86)13812345678']) {
      const [found] = mobiles(`请回电${written}谢谢`);
      expect(found?.value).toBe('13812345678');
      expect(`请回电${written}谢谢`.slice(found!.start, found!.end)).toBe(written);
    }
  });

  it('refuses mixed separators, which are not one number', () => {
    expect(mobiles('138 1234-5678')).toEqual([]);
  });

  it('refuses numbers in unallocated ranges such as 154', () => {
    expect(mobiles('联系15412345678')).toEqual([]);
  });

  it('ignores 11-digit runs inside longer digit runs, timestamps and parcel numbers', () => {
    expect(mobiles('时间20250416130900')).toEqual([]);
    expect(mobiles('快件SF13812345678正在派送')).toEqual([]);
    expect(mobiles('订单号13812345678已签收')).toEqual([]);
  });
});

describe('numbers with a country code', () => {
  it('finds a UK landline and a Hong Kong mobile in E.164', () => {
    expect(international('Call +44 20 7946 0958 today').map((f) => [f.type, f.value])).toEqual([['landline', '+442079460958']]);
    expect(international('WhatsApp +852 9123 4567').map((f) => [f.type, f.value])).toEqual([['mobile', '+85291234567']]);
  });

  it('stops before a following number that is not part of the phone number', () => {
    const text = 'ring +44 20 7946 0958 2025 draw';
    const [found] = international(text);
    expect(text.slice(found!.start, found!.end)).toBe('+44 20 7946 0958');
  });

  it('gives a +86 landline in national form with its trunk 0', () => {
    expect(international('总机 +86 25 8456 1234').map((f) => f.value)).toEqual(['02584561234']);
  });
});
