// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findDates } from '../../../src-main/core/pii/dates';

function dates(text: string): string[] {
  const out: PiiFinding[] = [];
  findDates(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => f.value);
}

describe('dates', () => {
  it('reads Chinese dates with and without year and time', () => {
    expect(dates('到期日2025年4月16日。')).toEqual(['2025年4月16日']);
    expect(dates('您账户8848于01月01日09:13转出')).toEqual(['01月01日09:13']);
    expect(dates('到期还款日1月25日')).toEqual(['1月25日']);
    expect(dates('请于4月16日下午3点前处理')).toEqual(['4月16日下午3点前']);
  });

  it('reads numeric dates', () => {
    expect(dates('due 2025-04-16 12:30')).toEqual(['2025-04-16 12:30']);
    expect(dates('还款日 04/16')).toEqual(['04/16']);
  });

  it('reads today/tomorrow deadlines only with a time', () => {
    expect(dates('请于今日18:00前还款')).toEqual(['今日18:00前']);
    expect(dates('明天下午三点上门')).toEqual(['明天下午三点']);
    expect(dates('今日有效，回T退订')).toEqual([]);
  });

  it('reads a day of the month before a deadline word, not a house or line number', () => {
    expect(dates('我16号前还清')).toEqual(['16号前']);
    expect(dates('中山路16号')).toEqual([]);
    expect(dates('乘3号线到5号楼')).toEqual([]);
  });

  it('reads English dates and refuses fractions', () => {
    expect(dates('pay before 5 May or by May 5, 2025')).toEqual(['5 May', 'May 5, 2025']);
    expect(dates('1/2 price today')).toEqual([]);
  });

  it('refuses impossible months and days', () => {
    expect(dates('13月45日')).toEqual([]);
  });
});
