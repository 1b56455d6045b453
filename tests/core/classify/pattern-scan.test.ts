// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { alternation, scanInto, scanRules, type LexiconRule } from '../../../src-main/core/classify/pattern-scan';
import { scanWithRegex } from '../../../src-main/core/classify/rule-engine';
import { SignalSink } from '../../../src-main/core/classify/signal-sink';
import type { SignalCode } from '../../../src-main/core/model/analysis';
import { lexiconRegexes, type NamedRegex } from './lexicon-rules';
import { evalAvailable, evalTexts, WRITTEN_TEXTS } from './scan-corpus';

const CODE: SignalCode = 'promotion';

function spans(scan: (sink: SignalSink) => number): string {
  const sink = new SignalSink();
  const n = scan(sink);
  return `${n}|${sink.signals.map((s) => `${s.start}-${s.end}`).join(',')}`;
}

/** Rule-by-rule comparison; returns the first few differences as readable lines. */
function differences(regexes: readonly NamedRegex[], texts: readonly string[], limit = 4): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const { name, re } of regexes) {
      const plain = spans((s) => scanWithRegex(s, CODE, re, text, limit));
      const fast = spans((s) => scanInto(s, CODE, re, text, limit));
      if (plain !== fast && out.length < 5) out.push(`${name} on ${JSON.stringify(text.slice(0, 60))}: ${plain} vs ${fast}`);
    }
  }
  return out;
}

let regexes: NamedRegex[] = [];
beforeAll(async () => {
  regexes = await lexiconRegexes();
});

describe('scanInto finds what the plain regex scan finds', () => {
  it('loads the rules of every lexicon module', () => {
    expect(regexes.length).toBeGreaterThan(40);
    expect(regexes.some((r) => r.name.includes('lexicon-zh-scam'))).toBe(true);
  });

  it('gives identical spans for every lexicon rule on the written messages', () => {
    expect(differences(regexes, WRITTEN_TEXTS)).toEqual([]);
  });

  it('gives identical spans with a limit of one and with no practical limit', () => {
    expect(differences(regexes, WRITTEN_TEXTS, 1)).toEqual([]);
    expect(differences(regexes, WRITTEN_TEXTS, 1000)).toEqual([]);
  });

  it.runIf(evalAvailable())('gives identical spans for every lexicon rule on the external evaluation texts', () => {
    const texts = evalTexts();
    expect(texts.length).toBeGreaterThan(20000);
    expect(differences(regexes, texts)).toEqual([]);
  }, 120_000);

  it('gives identical spans on random texts built from the lexicons’ own characters and words', () => {
    const chars = new Set<string>(['。', '\n', ' ', '?', '？', 'x', '1', '8', '0', 'A', 'a', '_', '-', '.']);
    const words = new Set<string>();
    for (const { re } of regexes) {
      for (const ch of re.source.replace(/\\[dswbDSWBnu]|\\u[0-9a-f]{4}|[\\()[\]{}|?*+^$]/gi, '')) chars.add(ch);
      for (const w of re.source.split(/[|()]/)) if (/^[^\\[\]{}?*+.^$]{1,8}$/.test(w) && w !== ':') words.add(w.replace(/^\?[:!=<]*/, ''));
    }
    const piece = fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...words));
    const text = fc.array(piece, { maxLength: 24 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(differences(regexes, [t])).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

describe('scan semantics the engine has to keep', () => {
  const scan = (re: RegExp, text: string, limit = 4) => spans((s) => scanInto(s, CODE, re, text, limit));

  it('prefers the earlier alternative over the longer one, as JS alternation does', () => {
    expect(scan(/逾期|逾期未还/g, '您的借款逾期未还')).toBe('1|4-6');
    expect(scan(/逾期未还|逾期/g, '您的借款逾期未还')).toBe('1|4-8');
  });

  it('takes a free pattern alternative that comes first over a word at the same position', () => {
    expect(scan(/\d+元已到账|5元/g, '工资5元已到账')).toBe('1|2-7');
    expect(scan(/5元|\d+元已到账/g, '工资5元已到账')).toBe('1|2-4');
  });

  it('reports matches leftmost first and without overlap, up to the limit', () => {
    expect(scan(/催收|收到/g, '催收到了催收到了催收')).toBe('3|0-2,4-6,8-10');
    expect(scan(/催收|收到/g, '催收到了催收到了催收', 2)).toBe('2|0-2,4-6');
  });

  it('skips empty matches without reporting them', () => {
    expect(scan(/(?:逾期)?|欠款/g, '欠款逾期')).toBe('1|2-4');
  });

  it('matches ASCII words case-insensitively only under the i flag', () => {
    expect(scan(/etc|vip/gi, 'ETC认证 Vip')).toBe('2|0-3,6-9');
    expect(scan(/etc|vip/g, 'ETC认证 Vip vip')).toBe('1|10-13');
  });

  it('honours word boundaries and lookarounds around words', () => {
    expect(scan(/\b(?:win|won)\b/gi, 'You WON! twin winner win')).toBe('2|4-7,21-24');
    expect(scan(/(?<![您])你(?!的借款)/g, '您你好，你的借款，你')).toBe('1|9-10');
  });

  it('confirms a prefixed pattern only where the whole pattern matches', () => {
    expect(scan(/积分[^。]{0,6}?清零/g, '积分将于月底清零。积分。清零')).toBe('1|0-8');
  });

  it('falls back to the plain regex for syntax it does not take apart', () => {
    expect(scan(/(欠)\1|还款/g, '欠欠还款')).toBe('2|0-2,2-4');
  });

  it('reports each code and span once however many rules find it', () => {
    const rules: LexiconRule[] = [
      { code: 'debt_overdue', re: /逾期/g },
      { code: 'debt_overdue', re: /逾期|欠款/g },
    ];
    const sink = new SignalSink();
    scanRules(sink, rules, '已逾期，欠款');
    expect(sink.signals).toEqual([
      { code: 'debt_overdue', start: 1, end: 3 },
      { code: 'debt_overdue', start: 4, end: 6 },
    ]);
    expect(sink.count('debt_overdue')).toBe(2);
  });
});

describe('alternation', () => {
  it('puts longer words first so that the longer one is reported', () => {
    const re = alternation(['逾期', '严重逾期']);
    expect(scan1(re, '借款已严重逾期')).toBe('1|3-7');
  });
});

function scan1(re: RegExp, text: string): string {
  return spans((s) => scanInto(s, CODE, re, text));
}
