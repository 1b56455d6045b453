// SPDX-License-Identifier: MIT
// The message classifier: runs every detector over one message, scores the categories and
// estimates the scam risk. Rules only, compiled once; one pass per lexicon, so that a million
// messages take well under a minute per core.
import type { Category, PiiFinding, ProfileMention, Signal } from '../model/analysis';
import { pickCategory, scoreCategories } from './category-scoring';
import { contactSignals } from './contact-signals';
import { knowledgeSignals } from './knowledge-signals';
import { linkSignals } from './link-signals';
import { pressureSignals } from './pressure-signals';
import { requestSignals } from './request-signals';
import { scamRisk } from './risk';
import { isScamWarning } from './scam-warning';
import { impersonationSignals } from './impersonation-signals';
import { claimedInstitution, senderSignals } from './sender-signals';
import { SignalSink } from './signal-sink';
import { topicSignalsEn } from './topic-signals-en';
import { topicSignalsZh } from './topic-signals-zh';

export interface ClassifyInput {
  text: string;
  sender: string | null;
}

export interface ClassifyResult {
  category: Category;
  risk: number;
  signals: Signal[];
  scores: Record<Category, number>;
}

/** Chinese rules for Chinese text: a few stray or garbled Han characters in English do not count. */
function isChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  return han >= 2 && han * 6 >= latin;
}

export function classifyMessage(
  input: ClassifyInput,
  found: { pii: readonly PiiFinding[]; mentions: readonly ProfileMention[] },
): ClassifyResult {
  const text = input.text ?? '';
  const zh = isChinese(text);
  const sink = new SignalSink();
  const claim = claimedInstitution(text);
  const sender = senderSignals(input.sender, claim, sink);
  const links = linkSignals(text, sink);
  contactSignals(text, zh, found.pii, sink);
  requestSignals(text, zh, sink);
  pressureSignals(text, sink);
  if (zh) topicSignalsZh(text, sink);
  else topicSignalsEn(text, sink);
  knowledgeSignals(text, found.pii, found.mentions, sink);
  impersonationSignals(claim, sender, links, sink);
  const scores = scoreCategories({ sink, sender, links, zh, length: text.length, warning: zh && isScamWarning(text) });
  const category = pickCategory(scores);
  return { category, risk: scamRisk(sink, sender, category), signals: sink.signals, scores };
}
