// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findPlates } from '../../../src-main/core/pii/plates';

function plates(text: string): string[] {
  const out: PiiFinding[] = [];
  findPlates(text, out);
  return out.map((f) => f.value);
}

describe('vehicle plates', () => {
  it('reads ordinary, separated and new-energy plates', () => {
    expect(plates('您的车辆苏A12345在中山路违停')).toEqual(['苏A12345']);
    expect(plates('车牌粤B·12345')).toEqual(['粤B·12345']);
    expect(plates('京AD12345已年检')).toEqual(['京AD12345']);
    expect(plates('沪A8C3X7')).toEqual(['沪A8C3X7']);
  });

  it('refuses letter-heavy strings, the letters I and O, and six characters without D or F', () => {
    expect(plates('新ABCDE上市')).toEqual([]);
    expect(plates('苏I12345')).toEqual([]);
    expect(plates('京A123456')).toEqual([]);
  });
});
