// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { describeTextShape } from '../../../src-main/core/pii/text-shape';

describe('text shape', () => {
  it('measures the longest digit run and the kinds of characters present', () => {
    expect(describeTextShape('验证码107035，尾号12')).toEqual({ longestDigitRun: 6, hasCjk: true, hasLatin: false, hasAt: false, hasMask: false });
    expect(describeTextShape('mail a@b.cn 139****5678')).toEqual({ longestDigitRun: 4, hasCjk: false, hasLatin: true, hasAt: true, hasMask: true });
    expect(describeTextShape('')).toEqual({ longestDigitRun: 0, hasCjk: false, hasLatin: false, hasAt: false, hasMask: false });
  });
});
