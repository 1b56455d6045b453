// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { planAlternative, requiredWords } from '../../../src-main/core/classify/literal-expansion';
import { distributeLeadingGroup, parseAlternatives } from '../../../src-main/core/classify/regex-syntax';

const plans = (source: string, ignoreCase = false) =>
  parseAlternatives(source)
    .flatMap((a) => distributeLeadingGroup(a, 256))
    .map((a) => planAlternative(a.nodes, ignoreCase));

describe('parseAlternatives', () => {
  it('splits only at top-level bars, keeping each alternative’s source', () => {
    const alts = parseAlternatives('逾期(?!失效|作废)|欠(?:我司|我们)|[|]x');
    expect(alts.map((a) => a.sources.join(''))).toEqual(['逾期(?!失效|作废)', '欠(?:我司|我们)', '[|]x']);
  });

  it('refuses back-references so that the rule keeps its plain regex', () => {
    expect(() => parseAlternatives('(欠)\\1')).toThrow();
  });
});

describe('planAlternative', () => {
  it('expands optional parts in the order the regex tries them', () => {
    expect(plans('还清(?:欠款|全部)?')).toEqual([{ kind: 'exact', words: ['还清欠款', '还清全部', '还清'], boundaryStart: false, boundaryEnd: false }]);
    expect(plans('还清(?:欠款)??')[0]).toMatchObject({ words: ['还清', '还清欠款'] });
  });

  it('folds ASCII letters under the i flag and keeps word boundaries as checks', () => {
    expect(plans('\\bTG\\b', true)).toEqual([{ kind: 'exact', words: ['tg'], boundaryStart: true, boundaryEnd: true }]);
  });

  it('keeps the prefixes of a pattern that goes on with a wildcard', () => {
    expect(plans('积分(?:将|已)?[^。]{0,10}?清零')).toEqual([{ kind: 'prefix', words: ['积分将', '积分已', '积分'] }]);
  });

  it('leaves patterns that start with a digit run to the regex', () => {
    expect(plans('\\d+(?:\\.\\d+)?元已到账')).toEqual([{ kind: 'free' }]);
  });

  it('splits an English word group into one plan per word', () => {
    expect(plans('\\b(?:prize|won \\d+|\\d+p)\\b', true)).toEqual([
      { kind: 'exact', words: ['prize'], boundaryStart: true, boundaryEnd: true },
      { kind: 'prefix', words: ['won 0', 'won 1', 'won 2', 'won 3', 'won 4', 'won 5', 'won 6', 'won 7', 'won 8', 'won 9'] },
      { kind: 'free' },
    ]);
  });
});

describe('requiredWords', () => {
  it('picks the longest literal run a match must contain', () => {
    const [alt] = parseAlternatives('\\d+(?:\\.\\d+)?元已(?:到账|入账)');
    expect(requiredWords(alt!.nodes, false)).toEqual(['元已到账', '元已入账']);
  });

  it('gives nothing for a pattern without a literal run', () => {
    const [alt] = parseAlternatives('[\\dxX]{16,19}');
    expect(requiredWords(alt!.nodes, false)).toBeNull();
  });
});
