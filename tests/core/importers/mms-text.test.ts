// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { mmsBody } from '../../../src-main/core/importers/mms-text';

describe('mmsBody', () => {
  it('joins text parts with newlines and puts a subject first', () => {
    expect(mmsBody('周末聚餐', ['周六七点', '老地方'])).toBe('周末聚餐\n周六七点\n老地方');
  });

  it('leaves out a subject that repeats the text or is blank', () => {
    expect(mmsBody(' 生日快乐 ', ['生日快乐'])).toBe('生日快乐');
    expect(mmsBody('  ', ['你好'])).toBe('你好');
    expect(mmsBody(null, [])).toBe('');
  });

  it('keeps a subject alone when there is no text', () => {
    expect(mmsBody('照片', [])).toBe('照片');
  });
});
