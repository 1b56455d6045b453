// SPDX-License-Identifier: MIT
// Whatever a stranger sends, the analyzer answers with a valid analysis whose spans point inside
// the text: no throw, no hang on repetitive input built to make regexes backtrack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageAnalyzer, ANALYSED_CHARS } from '../../../src-main/core/analysis/message-analyzer';
import { MessageAnalysis } from '../../../src-main/core/model/analysis';

const analyze = createMessageAnalyzer({
  profile: { name: '林晓峰', phones: ['13912345678'], id_number: '32010619900517283X', bank_cards: ['6214836025718848'], relatives: [{ name: '林建国', relation: '父亲' }] },
});

// Pieces that the detectors care about, so that random texts hit their paths and not only noise.
const PIECES = ['逾期', '林', '晓峰', '尾号', '8848', '身份证', '【', '】', '退订', 'http://t.cn/', '微信', 'QQ', '138', '****', '元', '¥', '先生', '，', ' ', '\u202e', '\u200b', '😀', 'x', '9', 'call 09', 'FREE', '@', '.com'];
const text = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join('')),
);
const sender = fc.oneof(fc.constant(null), fc.constantFrom('95588', '13800138000', '1069012345', '+447700900123', 'ICBC', 'a@b.cn', ''), fc.string({ maxLength: 30 }));

function checkSpans(input: string, a: MessageAnalysis): void {
  const limit = Math.min(input.length, ANALYSED_CHARS);
  for (const s of a.signals) {
    if (s.start === null) expect(s.end).toBeNull();
    else expect(0 <= s.start && s.start <= s.end! && s.end! <= limit).toBe(true);
  }
  for (const f of [...a.pii, ...a.mentions]) expect(0 <= f.start && f.start <= f.end && f.end <= limit).toBe(true);
}

describe('the analyzer on any input', () => {
  it('returns a valid analysis with spans inside the text', () => {
    fc.assert(
      fc.property(text, sender, fc.constantFrom<'in' | 'out'>('in', 'out'), (t, s, direction) => {
        const a = analyze({ text: t, sender: s, direction });
        expect(MessageAnalysis.parse(a)).toEqual(a);
        checkSpans(t, a);
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['digits', '1'.repeat(20_000)],
    ['masked digits', '*'.repeat(5_000) + '1234'],
    ['a debt word', '逾期'.repeat(5_000)],
    ['Latin letters', 'a'.repeat(20_000)],
    ['dots', 'a.'.repeat(10_000)],
    ['surname and stars', '林*'.repeat(5_000)],
    ['spaced digits', '6222 '.repeat(5_000)],
  ])('finishes on a long run of %s', (_name, input) => {
    const a = analyze({ text: input, sender: null });
    checkSpans(input, a);
  });
});
