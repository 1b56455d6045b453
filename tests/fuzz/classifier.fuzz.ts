// SPDX-License-Identifier: MIT
// Fuzz target: the message analyzer (PII detectors, the profile matcher, the rule classifier and a
// learned model) on hostile messages and senders. It always returns a valid analysis whose spans
// lie inside the analysed text, however long, repetitive or malformed the message, within the
// per-message budget; messages longer than the analysed start are cut, never scanned whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANALYSED_CHARS, createMessageAnalyzer } from '../../src-main/core/analysis/message-analyzer';
import { trainNaiveBayes } from '../../src-main/core/learning/naive-bayes';
import { MessageAnalysis } from '../../src-main/core/model/analysis';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { HOSTILE_WORDS, hostileText } from './hostile-bytes';

const PIECES = [
  '逾期', '林', '晓峰', '林晓峰', '尾号', '8848', '身份证', '32010619900517283X', '【', '】', '退订', '回T退订', 'http://t.cn/', 'https://',
  'bit.ly/', '.cn', '微信', 'QQ', '138', '13912345678', '****', '元', '¥', '先生', '，', ' ', '验证码', '482913', '贷款', '征信', '法院',
  '起诉', '上门', '家人', '公安', '冻结', '安全账户', '转账', '中奖', '点击', '链接', '客服', '退款', 'FREE', 'WIN', 'call 09', 'urgent',
  'verify your account', 'bank', 'password', '@', '.com', '\u202e', '\u200b', '😀', 'x', '9', '1', '*', '\n',
];

const analyzers = [
  createMessageAnalyzer(),
  createMessageAnalyzer({
    profile: { name: '林晓峰', phones: ['13912345678'], id_number: '32010619900517283X', bank_cards: ['6214836025718848'], relatives: [{ name: '林建国', relation: '父亲' }] },
  }),
];

/** A model taught a dozen examples, so that its verdict path runs too. */
function taughtAnalyzer() {
  const examples: [string, 'fraud' | 'debt_collection' | 'marketing'][] = [
    ['您的账户存在风险，请转账到安全账户', 'fraud'], ['公安局通知您涉嫌洗钱，请配合调查', 'fraud'], ['中奖了，点击链接领取', 'fraud'],
    ['您的借款已逾期，请尽快还款', 'debt_collection'], ['逾期不还将上门催收', 'debt_collection'], ['再不还款联系您的家人', 'debt_collection'],
    ['双十一大促，全场五折，回T退订', 'marketing'], ['新品上市，限时优惠', 'marketing'], ['会员日积分翻倍', 'marketing'], ['店庆特惠', 'marketing'],
    ['您的贷款审批通过，点击领取', 'fraud'], ['法院传票，请回电', 'fraud'],
  ];
  return createMessageAnalyzer({ model: trainNaiveBayes(examples.map(([text, category]) => ({ text, category }))) });
}

const sender = fc.oneof(
  fc.constant(null),
  fc.constantFrom('95588', '13800138000', '1069012345', '+447700900123', 'ICBC', 'a@b.cn', '', ...HOSTILE_WORDS),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

interface Message {
  analyzer: number;
  text: string;
  sender: string | null;
  direction: 'in' | 'out';
}

function checkSpans(input: string, a: MessageAnalysis): void {
  const limit = Math.min(input.length, ANALYSED_CHARS);
  for (const s of a.signals) {
    if (s.start === null) expect(s.end).toBeNull();
    else expect(0 <= s.start && s.start <= s.end! && s.end! <= limit).toBe(true);
  }
  for (const f of [...a.pii, ...a.mentions]) expect(0 <= f.start && f.start <= f.end && f.end <= limit).toBe(true);
}

describe('the message analyzer on hostile messages', () => {
  const all = [...analyzers, taughtAnalyzer()];
  const target: FuzzTarget<Message> = {
    name: 'classifier analyzer',
    arbitrary: fc.record({
      analyzer: fc.nat({ max: all.length - 1 }),
      text: hostileText(PIECES, 120).map((t) => t.slice(0, 3 * ANALYSED_CHARS)),
      sender,
      direction: fc.constantFrom<'in' | 'out'>('in', 'in', 'in', 'out'),
    }),
    check: ({ analyzer, text, sender: from, direction }) => {
      const analysis = all[analyzer]!({ text, sender: from, direction });
      expect(MessageAnalysis.parse(analysis)).toEqual(analysis);
      checkSpans(text, analysis);
      return analysis.category;
    },
    ciRuns: 400,
    caseBudgetMs: 2_000,
  };
  it('returns a valid analysis with spans inside the text, in bounded time', { timeout: targetTimeoutMs(target, 5) }, async () => {
    await runFuzzTarget(target);
  });
});
