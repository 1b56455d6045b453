// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findMaskedNumbers } from '../../../src-main/core/pii/masked-numbers';

function masked(text: string): Array<[string, string]> {
  const out: PiiFinding[] = [];
  findMaskedNumbers(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => [f.type, f.value]);
}

describe('masked numbers', () => {
  it('reads masked resident IDs with *, full-width ＊ and x masks', () => {
    expect(masked('您（身份证3201**********283X）名下')).toEqual([['resident_id_masked', '3201**********283X']]);
    expect(masked('证件号330102＊＊＊＊＊＊＊＊123X')).toEqual([['resident_id_masked', '330102＊＊＊＊＊＊＊＊123X']]);
    expect(masked('身份证号3301xxxxxxxxxx1234')).toEqual([['resident_id_masked', '3301xxxxxxxxxx1234']]);
    expect(masked('身份证3301****1234已登记')).toEqual([['resident_id_masked', '3301****1234']]);
  });

  it('reads an 18-character masked number as an ID even without the word 身份证', () => {
    expect(masked('持有人330102********1234请注意')).toEqual([['resident_id_masked', '330102********1234']]);
  });

  it('reads masked mobiles', () => {
    expect(masked('尊敬的139****5678客户')).toEqual([['mobile', '139****5678']]);
    expect(masked('手机号1381234****已绑定')).toEqual([['mobile', '1381234****']]);
  });

  it('reads masked card numbers by the word before them or their length', () => {
    expect(masked('绑定还款卡6214********8848多次扣款失败')).toEqual([['bank_card', '6214********8848']]);
    expect(masked('622588******1234')).toEqual([['bank_card', '622588******1234']]);
  });

  it('ignores sizes, products and short x runs', () => {
    expect(masked('尺寸12x34厘米')).toEqual([]);
    expect(masked('满3***减')).toEqual([]);
  });
});
