// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findLandlineNumbers } from '../../../src-main/core/pii/landline-numbers';

function landlines(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  findLandlineNumbers(text, out);
  return out;
}
const values = (text: string) => landlines(text).map((f) => f.value);

describe('landline numbers', () => {
  it('reads area code and local number in the forms collectors use', () => {
    expect(values('回电0755-86302217。')).toEqual(['075586302217']);
    expect(values('电话(025)84561234')).toEqual(['02584561234']);
    expect(values('电话（010）62345678')).toEqual(['01062345678']);
    expect(values('致电0371 6559021')).toEqual(['03716559021']);
  });

  it('trusts an unseparated number more when a word like 电话 introduces it', () => {
    expect(landlines('联系电话02584561234')[0]?.score).toBe(0.85);
    expect(landlines('参考02584561234')[0]?.score).toBe(0.6);
  });

  it('refuses local numbers that start with 0 or 1 and wrong lengths for the area code', () => {
    expect(values('电话025-0456123')).toEqual([]);
    expect(values('电话010-1234567')).toEqual([]);
  });

  it('reads 400 and 800 hotlines', () => {
    expect(values('客服热线400-690-1357。')).toEqual(['4006901357']);
    expect(values('拨打8008201234')).toEqual(['8008201234']);
  });

  it('reads 95xxx service numbers, with more confidence after a word like 客服', () => {
    expect(landlines('如有疑问请致电95588')).toEqual([{ type: 'landline', value: '95588', start: 7, end: 12, score: 0.85 }]);
    expect(landlines('95533为您服务')[0]?.score).toBe(0.6);
  });

  it('does not take amounts or codes for 95 numbers', () => {
    expect(values('消费95588元')).toEqual([]);
    expect(values('验证码95588')).toEqual([]);
    expect(values('涨幅95.12%')).toEqual([]);
  });
});
