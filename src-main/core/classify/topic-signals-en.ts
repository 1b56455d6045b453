// SPDX-License-Identifier: MIT
// What an English message is about: prizes, account and parcel smishing, adverts, codes, chat.
import { scanRules } from './pattern-scan';
import { EN_RULES } from './lexicon-en';
import type { SignalSink } from './signal-sink';

export function topicSignalsEn(text: string, sink: SignalSink): void {
  scanRules(sink, EN_RULES, text);
}
