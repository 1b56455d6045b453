// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findMaskedNames } from '../../../src-main/core/pii/masked-names';

function masked(text: string): Array<[string, number]> {
  const out: PiiFinding[] = [];
  findMaskedNames(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => [f.value, f.score]);
}

describe('masked names', () => {
  it('reads a surname followed by masks', () => {
    expect(masked('【青禾消费金融】尊敬的林**，您的借款将于12月25日到期')).toEqual([['林**', 0.65]]);
    expect(masked('收件人张*，电话138****5678')).toEqual([['张*', 0.65]]);
    expect(masked('欧阳**您好')).toEqual([['欧阳**', 0.65]]);
  });

  it('keeps the visible last character of 张*伟', () => {
    expect(masked('尊敬的张*伟先生')).toEqual([['张*伟', 0.65]]);
    expect(masked('张*的账户')).toEqual([['张*', 0.65]]);
  });

  it('reads a surname with a title, with a lower score', () => {
    expect(masked('【云朵贷】林先生，您的信用良好')).toEqual([['林先生', 0.5]]);
    expect(masked('请联系李女士')).toEqual([['李女士', 0.5]]);
  });

  it('ignores masks and titles without a surname before them', () => {
    expect(masked('尊敬的先生您好，密码***')).toEqual([]);
  });
});
