// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findAmounts } from '../../../src-main/core/pii/amounts';

function amounts(text: string): string[] {
  const out: PiiFinding[] = [];
  findAmounts(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => f.value);
}

describe('amounts of money', () => {
  it('reads amounts with a currency sign or word before them', () => {
    expect(amounts('欠款￥3,520.00，请于今日还款')).toEqual(['￥3,520.00']);
    expect(amounts('转出人民币3万元')).toEqual(['人民币3万元']);
    expect(amounts('pay RMB 500 or $20 or £1000')).toEqual(['RMB 500', '$20', '£1000']);
  });

  it('reads amounts with a unit after them', () => {
    expect(amounts('本期应还1234.56元，最低还款19.42元')).toEqual(['1234.56元', '19.42元']);
    expect(amounts('借我5000块')).toEqual(['5000块']);
    expect(amounts('您有一笔20万备用金待领取')).toEqual(['20万']);
  });

  it('reads bare numbers after words that only introduce money', () => {
    expect(amounts('您欠款8000，请尽快处理')).toEqual(['8000']);
    expect(amounts('余额1062.45。')).toEqual(['1062.45']);
  });

  it('reads Chinese numerals with 元 or 块', () => {
    expect(amounts('哥，借我五百块，下周还你')).toEqual(['五百块']);
    expect(amounts('最高一万元优惠券')).toEqual(['一万元']);
  });

  it('ignores rates, durations, times and "一块" meaning together', () => {
    expect(amounts('日息低至0.02%，最快3分钟到账')).toEqual([]);
    expect(amounts('余额18:00前充足')).toEqual([]);
    expect(amounts('我们一块去吃饭')).toEqual([]);
  });
});
