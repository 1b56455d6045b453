// SPDX-License-Identifier: MIT
// The English side of category scoring: how English spam, smishing and chat differ, applied on
// top of the shared vote table in category-scoring.ts.
import type { Category } from '../model/analysis';
import type { LinkFacts } from './link-signals';
import type { SignalSink } from './signal-sink';

// English spam reaches people through a number to call or text, a short code or a link; prize
// and account words without one are how friends talk ("I won!", "claim your seat"). And English
// bulk SMS that pushes a prize, a premium number or a call-now is smishing more than advertising.
export function englishAdjust(s: Record<Category, number>, sink: SignalSink, links: LinkFacts): void {
  const channel = links.count > 0 || sink.has('private_callback') || sink.has('premium_rate') || sink.has('im_contact');
  if (!channel) {
    s.fraud *= 0.5;
    s.marketing *= 0.5;
    return;
  }
  // A phone number or link handed to a stranger, with little small talk around it, is selling.
  if (sink.count('conversation') <= 3) s.marketing += 0.8;
  const lure =
    sink.has('premium_rate') || sink.has('prize_scam') || sink.has('click_to_claim') || sink.has('account_problem') || sink.has('adult_service');
  if (lure && s.marketing >= s.fraud) s.fraud = s.marketing + 0.1;
}

/** After the shared adjustments: short English chat keeps its edge over weak commercial evidence. */
export function englishFinalAdjust(s: Record<Category, number>): void {
  if (s.personal > 0 && s.marketing + s.fraud < 2) s.personal += 0.5;
}
