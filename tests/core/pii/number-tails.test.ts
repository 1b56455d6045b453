// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findEnglishNumberTails, findNumberTails } from '../../../src-main/core/pii/number-tails';

function tails(text: string): Array<[string, string]> {
  const out: PiiFinding[] = [];
  findNumberTails(text, out);
  findEnglishNumberTails(text, out);
  for (const f of out) expect(text.slice(f.start, f.end).toUpperCase()).toBe(f.value);
  return out.map((f) => [f.type, f.value]);
}

describe('number tails', () => {
  it('reads a bare 尾号 as a bank card tail', () => {
    expect(tails('您尾号3021卡1月1日09:13收入2,800.00元')).toEqual([['card_tail', '3021']]);
    expect(tails('请确保尾号为8848的银行卡余额充足')).toEqual([['card_tail', '8848']]);
    expect(tails('卡号后四位8848')).toEqual([['card_tail', '8848']]);
  });

  it('reads 尾号 after 手机 as a mobile tail and after 身份证 as an ID tail', () => {
    expect(tails('您的手机尾号5678已绑定')).toEqual([['mobile', '5678']]);
    expect(tails('林**（身份证尾号283X），您的借款已逾期')).toEqual([['resident_id_tail', '283X']]);
    expect(tails('身份证号后四位1234')).toEqual([['resident_id_tail', '1234']]);
    expect(tails('证件尾号123x')).toEqual([['resident_id_tail', '123X']]);
  });

  it('reads the first six digits of an ID', () => {
    expect(tails('身份证前六位330102')).toEqual([['resident_id_tail', '330102']]);
  });

  it('reads the four digits a bank prints after 账户', () => {
    expect(tails('【招商银行】您账户8848于01月01日转出')).toEqual([['card_tail', '8848']]);
  });

  it('reads English tails', () => {
    expect(tails('Your card ending 8848 was charged')).toEqual([['card_tail', '8848']]);
    expect(tails('account ending in 1234')).toEqual([['card_tail', '1234']]);
    expect(tails('ID ending 1234')).toEqual([['resident_id_tail', '1234']]);
  });

  it('ignores 尾号 followed by a longer digit run', () => {
    expect(tails('尾号123456')).toEqual([]);
  });
});
