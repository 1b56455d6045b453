// SPDX-License-Identifier: MIT
// What a Chinese message is about: debt, scam scripts, advertising, notices, conversation.
import { scanRules } from './pattern-scan';
import { ZH_COMMERCE_RULES } from './lexicon-zh-commerce';
import { ZH_DEBT_RULES } from './lexicon-zh-debt';
import { ZH_NOTICE_RULES } from './lexicon-zh-notice';
import { ZH_SCAM_RULES } from './lexicon-zh-scam';
import type { SignalSink } from './signal-sink';

export function topicSignalsZh(text: string, sink: SignalSink): void {
  scanRules(sink, ZH_DEBT_RULES, text);
  scanRules(sink, ZH_SCAM_RULES, text);
  scanRules(sink, ZH_COMMERCE_RULES, text);
  scanRules(sink, ZH_NOTICE_RULES, text);
}
