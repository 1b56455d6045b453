// SPDX-License-Identifier: MIT
// The English side of category scoring: how English spam, smishing and chat differ, applied on
// top of the shared vote table in category-scoring.ts.
import type { Category, SignalCode } from '../model/analysis';
import type { LinkFacts } from './link-signals';
import type { SignalSink } from './signal-sink';

// The hooks of English spam and smishing. Any one of them, with a way to answer, is a lure.
const LURES: readonly SignalCode[] = [
  'premium_rate',
  'prize_scam',
  'account_problem',
  'bait_link',
  'adult_service',
  'refund_scam',
  'click_to_claim',
  'investment_scam',
  'job_scam',
  'student_loan_cancel',
];

function lureKinds(sink: SignalSink): number {
  let n = 0;
  for (const c of LURES) if (sink.has(c)) n++;
  return n;
}

// English spam reaches people through a number to call or text, a short code or a link; one
// prize or account word without one is how friends talk ("I won!", "claim your seat"). And
// English bulk SMS that pushes a prize, a premium number or a call-now is smishing more than
// advertising.
export function englishAdjust(s: Record<Category, number>, sink: SignalSink, links: LinkFacts): void {
  const channel = links.count > 0 || sink.has('private_callback') || sink.has('premium_rate') || sink.has('im_contact');
  const lures = lureKinds(sink);
  const bulk = sink.count('promotion') + sink.count('unsubscribe');
  // "Hi Mum, new number, send me £450": the reply itself is the channel.
  if (sink.has('acquaintance_impersonation') && sink.has('transfer_request')) {
    s.fraud += 1.5;
    s.personal *= 0.3;
    return;
  }
  if (!channel) {
    // A call to action or a "guess who" with nothing to act on is how friends talk.
    const hooks = lures - (sink.has('click_to_claim') ? 1 : 0) - (sink.has('bait_link') ? 1 : 0);
    const evidence = hooks + (bulk >= 1 ? 1 : 0) + (bulk >= 2 ? 1 : 0);
    if (evidence >= 2) return;
    // One hook and no chat at all is more often the fragment of a bulk text than a friend.
    const damp = evidence === 1 && sink.count('conversation') < 2 ? (hooks > 0 ? 0.8 : 0.85) : 0.3;
    s.fraud *= damp;
    s.marketing *= damp;
    return;
  }
  // A phone number or link handed to a stranger, with little small talk around it, is selling.
  if (sink.count('conversation') <= 3) s.marketing += 0.8;
  if (lures > 0 && s.marketing >= s.fraud) s.fraud = s.marketing + 0.1;
}

/** After the shared adjustments: short English chat keeps its edge over weak commercial evidence. */
export function englishFinalAdjust(s: Record<Category, number>): void {
  if (s.personal > 0 && s.marketing + s.fraud < 2) s.personal += 0.5;
}
