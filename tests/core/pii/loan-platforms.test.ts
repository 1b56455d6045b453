// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findLoanPlatforms } from '../../../src-main/core/pii/loan-platforms';

function platforms(text: string): string[] {
  const out: PiiFinding[] = [];
  findLoanPlatforms(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return [...new Set(out.map((f) => f.value))];
}

describe('loan platforms', () => {
  it('finds well-known platforms anywhere', () => {
    expect(platforms('你的借呗和花呗都逾期了')).toEqual(['借呗', '花呗']);
    expect(platforms('京东金条还款提醒')).toEqual(['京东金条']);
    expect(platforms('360借条额度已提升')).toEqual(['360借条']);
  });

  it('finds unknown platforms by their bracketed or quoted name', () => {
    expect(platforms('【云朵贷】最高可借20万')).toEqual(['云朵贷']);
    expect(platforms('【鲸鱼分期】您的额度已更新')).toEqual(['鲸鱼分期']);
    expect(platforms('【速借宝】验证码430360')).toEqual(['速借宝']);
    expect(platforms('您有一份“闪电贷”专属额度')).toEqual(['闪电贷']);
  });

  it('finds consumer-finance companies', () => {
    expect(platforms('代扣“青禾消费金融”还款未成功')).toEqual(['青禾消费金融']);
  });

  it('finds the place a debt is said to be', () => {
    expect(platforms('您好，周明在闪电花的借款已逾期')).toEqual(['闪电花']);
    expect(platforms('你名下速借宝欠款已逾期')).toEqual(['速借宝']);
    expect(platforms('通过速借宝App还款')).toEqual(['速借宝']);
  });

  it('ignores shops, banks and sentence pieces', () => {
    expect(platforms('【支付宝】校验码563531')).toEqual([]);
    expect(platforms('【招商银行】您账户8848转入')).toEqual([]);
    expect(platforms('您正在签署借款合同')).toEqual([]);
    expect(platforms('您在我司的借款已逾期')).toEqual([]);
    expect(platforms('名下存在大学期间开通的校园贷账户')).toEqual([]);
  });
});
