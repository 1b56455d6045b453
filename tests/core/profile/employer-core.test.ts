// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { employerCores } from '../../../src-main/core/profile/employer-core';

describe('employerCores', () => {
  it('strips the city and the legal form', () => {
    expect(employerCores('南京某某贸易有限公司')).toEqual([{ text: '某某贸易', score: 0.7 }]);
  });

  it('also offers the name without its industry word, more weakly', () => {
    expect(employerCores('江苏省南京华联商贸股份有限公司')).toEqual([
      { text: '华联商贸', score: 0.7 },
      { text: '华联', score: 0.4 },
    ]);
  });

  it('offers nothing when only a generic word would be left', () => {
    expect(employerCores('中国银行')).toEqual([]);
    expect(employerCores('北京科技有限公司')).toEqual([]);
  });

  it('does not take a place name off the front of a university', () => {
    expect(employerCores('中山大学')).toEqual([]);
  });
});
