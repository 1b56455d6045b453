// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { LiteralTrie } from '../../../src-main/core/classify/literal-trie';

function occurrences(trie: LiteralTrie, words: string[], text: string): string[] {
  const { hits, count } = trie.find(text);
  return Array.from({ length: count }, (_, i) => `${hits[2 * i]}:${words[hits[2 * i + 1]!]}`);
}

describe('LiteralTrie', () => {
  it('finds overlapping and nested words at every start', () => {
    const words = ['逾期', '严重逾期', '逾期未还', '还款'];
    const trie = new LiteralTrie();
    for (const w of words) trie.add(w);
    expect(occurrences(trie, words, '借款严重逾期未还款').sort()).toEqual(['2:严重逾期', '4:逾期', '4:逾期未还', '7:还款'].sort());
  });

  it('reads the text lower-cased so that ASCII words match in any case', () => {
    const words = ['etc', 'vip'];
    const trie = new LiteralTrie();
    for (const w of words) trie.add(w);
    expect(occurrences(trie, words, 'ETC认证 ViP会员')).toEqual(['0:etc', '6:vip']);
  });

  it('accepts words added after it was used, growing past its initial tables', () => {
    const trie = new LiteralTrie();
    const words: string[] = [];
    words.push('催收');
    trie.add('催收');
    expect(occurrences(trie, words, '催收')).toEqual(['0:催收']);
    for (let i = 0; i < 3000; i++) {
      const w = `平台${i}号`;
      words.push(w);
      trie.add(w);
    }
    expect(occurrences(trie, words, '平台2999号催收')).toEqual(['0:平台2999号', '7:催收']);
  });
});
