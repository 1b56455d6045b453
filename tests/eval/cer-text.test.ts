// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { characterErrors, errorRate, normalizeForCer } from './cer-text';

describe('normalizeForCer', () => {
  it('drops the spaces tesseract puts between Chinese characters', () => {
    expect(normalizeForCer('您 的 借 款 已 逾 期')).toBe('您的借款已逾期');
  });

  it('keeps one space between English words and collapses longer runs', () => {
    expect(normalizeForCer('Reply  YES if\nthis was you')).toBe('Reply YES if this was you');
  });

  it('drops the space between a Chinese word and a number', () => {
    expect(normalizeForCer('【美团】您的验证码是 6173，请勿泄露')).toBe('【美团】您的验证码是6173,请勿泄露');
  });

  it('folds fullwidth forms so ：and : read the same', () => {
    expect(normalizeForCer('验证码：３８４９２０')).toBe(normalizeForCer('验证码:384920'));
  });

  it('ignores a space tesseract adds after punctuation before a number', () => {
    expect(normalizeForCer('逾期金额: 6,730.00元')).toBe(normalizeForCer('逾期金额：6,730.00元'));
  });

  it('removes line breaks inside Chinese text', () => {
    expect(normalizeForCer('逾期金额：6,730.00元\n逾期天数：21天')).toBe('逾期金额:6,730.00元逾期天数:21天');
  });
});

describe('characterErrors', () => {
  it('counts nothing for a reading that differs only in CJK spacing', () => {
    expect(characterErrors('尾号6217卡支出3,560.00元', '尾 号 6217 卡 支 出 3,560.00 元')).toEqual({ errors: 0, length: 18 });
  });

  it('counts a misread digit and a dropped character', () => {
    const e = characterErrors('验证码384920', '验证384929');
    expect(e).toEqual({ errors: 2, length: 9 });
    expect(errorRate(e)).toBeCloseTo(2 / 9);
  });

  it('counts merged English words as an error', () => {
    expect(characterErrors('See you at 7 tonight?', 'See youat 7 tonight?').errors).toBe(1);
  });

  it('has no rate when there was nothing to read', () => {
    expect(errorRate(characterErrors('', 'noise'))).toBeNull();
  });
});
