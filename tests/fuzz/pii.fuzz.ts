// SPDX-License-Identifier: MIT
// Fuzz target: the personal-information detectors, all of them through detectPii. Whatever text a
// stranger sends (lone surrogates, nul bytes, bidi controls, digit runs thousands long, the
// detectors' own trigger words repeated until a regex would backtrack), the findings are valid,
// inside the text, sorted and without overlaps, and each message is done within its budget.
import { describe, expect, it } from 'vitest';
import { PiiFinding } from '../../src-main/core/model/analysis';
import { detectPii } from '../../src-main/core/pii/detect-pii';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { hostileText } from './hostile-bytes';

/** The analyzer hands detectPii at most this many characters (ANALYSED_CHARS); twice that here. */
const MAX_CHARS = 8000;

// What the detectors look for, and what sits next to it in real messages.
const PIECES = [
  '尊敬的', '张伟', '林', '晓峰', '先生', '女士', '身份证', '身份证号', '尾号', '卡号', '1234', '138', '13800138000', '+86 138 0013 8000',
  '110101199003074578', '11010119900307457X', '1101**********4578', '6222', '6222 0212 3456 7890 123', '6214836025718848', '****', '*', 'X', 'x',
  '¥', '￥', '3,520.00', '元', '万元', '欠款', '今日', '2025年4月16日', '18:00', '4/16', '南京市', '鼓楼区', '中山路', '100号', '3栋', '502室',
  '有限公司', '银行', '【', '】', '金融', 'QQ', 'qq:', '微信', 'vx', 'wx:', '加V', 'abc@x.com', '@', '.com', '苏A12345', '京A·12345', '，', '。', ' ',
  '\n', '-', '(', ')', '010-12345678', '0755 1234 5678', '+44 20 7946 0958', 'call', 'Mr', 'Mrs.', 'John', 'Smith', 'ending', 'card',
  '借呗', '花呗', '速借宝', '逾期', '联系人', '父亲', '家人', '\u202e', '\u200b', '\ufeff', '\u0000', '\ud800', '😀',
];

const text = hostileText(PIECES, 80).map((t) => t.slice(0, MAX_CHARS));

const target: FuzzTarget<string> = {
  name: 'pii detectPii',
  arbitrary: text,
  check: (t) => {
    const found = detectPii(t);
    let end = 0;
    for (const f of found) {
      expect(PiiFinding.safeParse(f).success).toBe(true);
      expect(f.start).toBeGreaterThanOrEqual(end);
      expect(f.start).toBeLessThan(f.end);
      expect(f.end).toBeLessThanOrEqual(t.length);
      end = f.end;
    }
    return found.length > 0 ? 'found' : 'none';
  },
  ciRuns: 400,
  caseBudgetMs: 2_000,
};

describe('the PII detectors on hostile text', () => {
  it('find valid, sorted, non-overlapping spans inside the text, in bounded time', { timeout: targetTimeoutMs(target, 5) }, async () => {
    await runFuzzTarget(target);
  });
});
