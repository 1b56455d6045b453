// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { relationWords, splitChineseName } from '../../../src-main/core/profile/chinese-names';
import { pinyinSyllables } from '../../../src-main/core/profile/name-pinyin';

describe('splitChineseName', () => {
  it('splits single and compound surnames', () => {
    expect(splitChineseName('林晓峰')).toEqual({ surname: '林', given: '晓峰' });
    expect(splitChineseName('欧阳娜娜')).toEqual({ surname: '欧阳', given: '娜娜' });
    expect(splitChineseName('张伟')).toEqual({ surname: '张', given: '伟' });
  });

  it('refuses names that are not Chinese', () => {
    expect(splitChineseName('John Smith')).toBeNull();
    expect(splitChineseName('林')).toBeNull();
  });
});

describe('relationWords', () => {
  it('expands a relation to its everyday words', () => {
    const words = relationWords('父亲');
    expect(words).toEqual(expect.arrayContaining(['父亲', '爸爸', '爸', '家人']));
    expect(words).not.toContain('妈妈');
  });

  it('accepts any kinship word when the relation is unknown', () => {
    expect(relationWords(undefined)).toEqual(expect.arrayContaining(['母亲', '妹妹', '老公']));
  });
});

describe('pinyinSyllables', () => {
  it('reads surnames in their name reading', () => {
    expect(pinyinSyllables('林晓峰')).toEqual(['lin', 'xiao', 'feng']);
    expect(pinyinSyllables('单')).toEqual(['shan']);
    expect(pinyinSyllables('曾')).toEqual(['zeng']);
  });

  it('gives up on a character it does not know', () => {
    expect(pinyinSyllables('林龘')).toBeNull();
  });
});
