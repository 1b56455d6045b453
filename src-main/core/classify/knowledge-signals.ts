// SPDX-License-Identifier: MIT
// What the sender shows it knows about the reader, from the PII detectors' findings and the
// profile matcher's mentions. A collector who knows the full name, ID tail and exact amount is
// working from a real file; the UI shows each as evidence, and risk uses it as (weak) credibility.
import type { PiiFinding, ProfileMention, SignalCode } from '../model/analysis';
import type { SignalSink } from './signal-sink';

const PII_SIGNAL: Partial<Record<PiiFinding['type'], SignalCode>> = {
  name: 'knows_full_name',
  masked_name: 'knows_masked_name',
  resident_id: 'knows_id_fragment',
  resident_id_masked: 'knows_id_fragment',
  resident_id_tail: 'knows_id_fragment',
  amount: 'knows_amount',
  date: 'knows_due_date',
  platform: 'knows_platform',
  card_tail: 'knows_card_tail',
  bank_card: 'knows_card_tail',
  address: 'knows_profile_item',
  employer: 'knows_profile_item',
};

function mentionSignal(m: ProfileMention): SignalCode {
  const key = m.itemKey.split('.', 1)[0];
  switch (key) {
    case 'name':
      return m.matchKind === 'exact' ? 'knows_full_name' : 'knows_masked_name';
    case 'id_number':
      return 'knows_id_fragment';
    case 'bank_cards':
      return 'knows_card_tail';
    case 'relatives':
      return 'knows_relative';
    default:
      return 'knows_profile_item';
  }
}

// Without detectors (tests, the eval runner) the two facts a debt text hinges on are still read
// from the text: the card tail (尾号1234) and an amount in yuan.
const CARD_TAIL = /尾号(?:为|是)?\s*\d{4}|ending (?:in )?\d{4}/gi;
const AMOUNT = /(?:¥|￥|RMB)\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:元|块钱|万元)/g;

export function knowledgeSignals(
  text: string,
  pii: readonly PiiFinding[],
  mentions: readonly ProfileMention[],
  sink: SignalSink,
): void {
  let amounts = 0;
  let tails = 0;
  for (const f of pii) {
    const code = PII_SIGNAL[f.type];
    if (!code) continue;
    if ((code === 'knows_masked_name' || code === 'knows_full_name') && signsTheSender(text, f.start, f.end)) continue;
    sink.add(code, f.start, f.end);
    if (code === 'knows_amount') amounts++;
    if (code === 'knows_card_tail') tails++;
  }
  for (const m of mentions) sink.add(mentionSignal(m), m.start, m.end);
  if (tails === 0) scanFallback(CARD_TAIL, 'knows_card_tail', text, sink);
  if (amounts === 0) scanFallback(AMOUNT, 'knows_amount', text, sink);
}

// "详询13812345678王先生", "联系人：李经理": the sender's own name as the contact to call is no
// evidence of knowing the reader. A name right after a number or a contact word, or carrying a
// job title, signs the message.
const SIGNER_BEFORE = /(?:\d{5,}|联系人|联系|询|找|致电|电话|热线|微信|QQ)[:：\s]*$/i;
const SIGNER_AFTER = /^(?:经理|主任|老师|顾问|店长|主管|总|收|敬上|[:：]?\s*1\d{10})/;

function signsTheSender(text: string, start: number, end: number): boolean {
  return SIGNER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || SIGNER_AFTER.test(text.slice(end, end + 12));
}

function scanFallback(re: RegExp, code: SignalCode, text: string, sink: SignalSink): void {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (m) sink.add(code, m.index, m.index + m[0].length);
  re.lastIndex = 0;
}
