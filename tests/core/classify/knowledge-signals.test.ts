// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { knowledgeSignals } from '../../../src-main/core/classify/knowledge-signals';
import { SignalSink } from '../../../src-main/core/classify/signal-sink';
import type { PiiFinding } from '../../../src-main/core/model/analysis';

const name = (text: string, value: string, type: 'name' | 'masked_name'): PiiFinding => {
  const start = text.indexOf(value);
  return { type, value, start, end: start + value.length, score: 0.8 };
};
const knows = (text: string, f: PiiFinding) => {
  const sink = new SignalSink();
  knowledgeSignals(text, [f], [], sink);
  return sink.has('knows_full_name') || sink.has('knows_masked_name');
};

describe('knowledgeSignals on names', () => {
  it('counts the reader’s name in the salutation as knowledge', () => {
    const text = '林晓峰您好，您的借款已逾期15天，请今日内处理。';
    expect(knows(text, name(text, '林晓峰', 'name'))).toBe(true);
  });
  it('does not count the advertiser’s own name after its phone number', () => {
    const text = '大额信用卡代办，手续简单，详询13812345678王先生';
    expect(knows(text, name(text, '王先生', 'masked_name'))).toBe(false);
  });
  it('does not count a contact person with a job title', () => {
    const text = '本公司长期代开各行业发票，联系张经理';
    expect(knows(text, name(text, '张经理', 'masked_name'))).toBe(false);
  });
});
