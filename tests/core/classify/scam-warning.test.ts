// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isScamWarning } from '../../../src-main/core/classify/scam-warning';

describe('isScamWarning', () => {
  it('recognises an anti-fraud centre warning that names scam scripts', () => {
    expect(isScamWarning('【国家反诈中心】凡是自称客服要求退款、注销校园贷的都是诈骗，请勿转账给陌生人。')).toBe(true);
  });
  it('recognises a bank reminder that no safe account exists', () => {
    expect(isScamWarning('【建设银行】公检法机关不存在所谓的“安全账户”，谨防电信诈骗。')).toBe(true);
  });
  it('does not take the scam script itself for a warning', () => {
    expect(isScamWarning('您的学生账户需要注销，否则影响征信，请添加客服QQ 2846123 办理。')).toBe(false);
  });
});
