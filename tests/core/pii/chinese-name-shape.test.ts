// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isPlausibleChineseName } from '../../../src-main/core/pii/chinese-name-shape';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, surnameLengthAt } from '../../../src-main/core/pii/chinese-surnames';

describe('Chinese name shape', () => {
  it('knows the common surnames, single and compound', () => {
    expect(SINGLE_SURNAMES.size).toBeGreaterThanOrEqual(300);
    for (const s of ['王', '李', '张', '刘', '陈', '林', '周']) expect(SINGLE_SURNAMES.has(s)).toBe(true);
    for (const s of ['欧阳', '司马', '诸葛', '上官']) expect(COMPOUND_SURNAMES.has(s)).toBe(true);
    expect(surnameLengthAt('欧阳娜娜', 0)).toBe(2);
    expect(surnameLengthAt('客户', 0)).toBe(0);
  });

  it('accepts a surname with one or two given characters', () => {
    for (const n of ['张伟', '林晓峰', '欧阳娜娜', '司马光']) expect(isPlausibleChineseName(n)).toBe(true);
  });

  it('refuses everyday words, titles, grammar and masks', () => {
    for (const n of ['客户', '周末', '谢谢', '马上第', '张经理', '周明在', '张伟的', '林**', '王', '张伟伟伟']) {
      expect(isPlausibleChineseName(n)).toBe(false);
    }
  });
});
