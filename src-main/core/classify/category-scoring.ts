// SPDX-License-Identifier: MIT
// Turns the signals of one message into a score per category and picks one. Each signal votes
// for the categories it is evidence of (table below); repeated evidence of one kind adds with
// diminishing weight. A few combinations carry more than their parts — debt words plus a
// third-party cue is the emergency-contact text, an account problem plus a link is phishing —
// and are written out as such after the table.
import type { Category, SignalCode } from '../model/analysis';
import { CATEGORIES } from '../model/analysis';
import type { LinkFacts } from './link-signals';
import type { SenderFacts } from './sender-signals';
import type { SignalSink } from './signal-sink';
import { englishAdjust, englishFinalAdjust } from './english-scoring';

type Votes = Partial<Record<Category, number>>;

const VOTES: Partial<Record<SignalCode, Votes>> = {
  sender_mismatch: { fraud: 2.5 },
  impersonation_bank: { fraud: 3 },
  impersonation_authority: { fraud: 3 },
  link: { marketing: 0.6, fraud: 0.3 },
  short_link: { fraud: 0.2 },
  ip_link: { fraud: 2 },
  lookalike_domain: { fraud: 2.5 },
  private_callback: { marketing: 0.5, fraud: 0.3 },
  im_contact: { marketing: 0.6, fraud: 0.6 },
  transfer_request: { fraud: 1.5 },
  safe_account: { fraud: 6 },
  screen_share: { fraud: 4 },
  code_request: { fraud: 5 },
  password_request: { fraud: 3.5 },
  app_download: { fraud: 0.3, marketing: 0.3 },
  threat_lawsuit: { debt_collection: 0.7, fraud: 0.2 },
  threat_police: { debt_collection: 0.6, fraud: 0.5 },
  threat_credit: { debt_collection: 0.8 },
  threat_visit: { debt_collection: 1.2 },
  threat_expose_contacts: { debt_collection: 1.5 },
  threat_violence: { debt_collection: 1.2 },
  deadline_hours: { fraud: 0.4, debt_collection: 0.4 },
  debt_overdue: { debt_collection: 2.5, contact_collection: 0.5 },
  debt_third_party: { contact_collection: 1 },
  repayment_reminder: { notice: 1.5, debt_collection: 0.5 },
  loan_offer: { marketing: 1.5 },
  fee_first_loan: { fraud: 4.5 },
  credit_repair: { fraud: 4.5 },
  student_loan_cancel: { fraud: 4 },
  refund_scam: { fraud: 3 },
  prize_scam: { fraud: 2.2 },
  account_problem: { fraud: 2.2 },
  investment_scam: { fraud: 2.8 },
  job_scam: { fraud: 2.8 },
  gambling: { fraud: 2.6 },
  adult_service: { fraud: 2.4 },
  fake_invoice: { fraud: 3.2 },
  propaganda: { fraud: 2 },
  promotion: { marketing: 1 },
  unsubscribe: { marketing: 2.5 },
  one_time_code: { verification_code: 2.5 },
  transaction: { notice: 2.2 },
  bill: { notice: 1.6 },
  delivery: { notice: 1.2 },
  service_notice: { notice: 1.2 },
  conversation: { personal: 0.5 },
  premium_rate: { fraud: 1.5, marketing: 1 },
  click_to_claim: { fraud: 0.9 },
  bait_link: { fraud: 0.6 },
  acquaintance_impersonation: { fraud: 1.6 },
  knows_card_tail: { notice: 0.3 },
};

function linkChars(sink: SignalSink): number {
  let n = 0;
  for (const sig of sink.signals) if (sig.code === 'link' && sig.start !== null && sig.end !== null) n += sig.end - sig.start;
  return n;
}

/** 1, 1.5, 2, 2.5 for one to four or more pieces of evidence of one kind. */
function repeatFactor(n: number): number {
  return 1 + 0.5 * (Math.min(n, 4) - 1);
}

export interface ScoringContext {
  sink: SignalSink;
  sender: SenderFacts;
  links: LinkFacts;
  zh: boolean;
  length: number;
  /** The text warns against scams rather than running one (scam-warning.ts). */
  warning?: boolean;
}

export function scoreCategories({ sink, sender, links, zh, length, warning = false }: ScoringContext): Record<Category, number> {
  const s: Record<Category, number> = {
    debt_collection: 0,
    contact_collection: 0,
    fraud: 0,
    marketing: 0,
    verification_code: 0,
    notice: 0,
    personal: 0,
    other: 0.8,
  };
  for (const [code, n] of sink.codes()) {
    const votes = VOTES[code];
    if (!votes) continue;
    const f = repeatFactor(n);
    for (const cat in votes) s[cat as Category] += (votes[cat as Category] ?? 0) * f;
  }
  const threats =
    sink.count('threat_visit') + sink.count('threat_expose_contacts') + sink.count('threat_violence') + sink.count('threat_police');
  const privateChannel = sink.has('private_callback') || sink.has('im_contact');

  // Someone else's debt, told to the reader.
  if (sink.has('debt_third_party') && (sink.has('debt_overdue') || sink.has('repayment_reminder'))) {
    s.contact_collection += 2.2 + 0.6 * sink.count('debt_third_party');
  }
  // Threats only mean collection when there is a debt in the text.
  if (!sink.has('debt_overdue') && !sink.has('repayment_reminder')) {
    s.debt_collection = Math.min(s.debt_collection, 1);
  }
  // Paying a "debt" into an account the text names is the fake-collection scam.
  if (sink.has('transfer_request') && sink.has('debt_overdue')) s.fraud += 1.5;
  // Account trouble, a prize or a refund that must be handled through a link or a private
  // channel is phishing.
  if ((sink.has('account_problem') || sink.has('prize_scam') || sink.has('refund_scam')) && (links.count > 0 || privateChannel)) s.fraud += 2;
  if (links.suspicious && (sink.has('account_problem') || sink.has('impersonation_bank'))) s.fraud += 1;
  if (sink.has('click_to_claim') && (sink.count('click_to_claim') >= 2 || sink.has('deadline_hours') || sink.has('impersonation_bank'))) s.fraud += 1.5;
  // Stock tips that promise a rise and want the reader in a group or on a link are the 荐股 scam
  // however politely they offer to unsubscribe: licensed brokers may not promise returns.
  if (sink.has('investment_scam') && privateChannel) s.fraud += 1.5;
  if (sink.has('investment_scam') && (links.count > 0 || privateChannel || sink.count('investment_scam') >= 2)) s.fraud += 1.5;
  if (sink.has('bait_link') && links.count > 0) s.fraud += 2.6;
  // "Look who this is" from a number that hides itself is the same lure, whatever the link became.
  else if (sink.has('bait_link') && sender.cls === 'none') s.fraud += 2;
  // An investment pitch that does not come through an institution's own number is unlicensed
  // solicitation, the way 荐股 and fake-fund scams reach people; from its own number it is an advert.
  const pitched = sink.count('investment_pitch') >= 2 || (sink.has('investment_scam') && sink.has('investment_pitch'));
  if (pitched && !sender.official && (sender.cls === 'none' || sender.cls === 'mobile' || sender.cls === 'landline' || sender.cls === 'foreign')) {
    s.fraud = Math.max(s.fraud, s.marketing) + 0.5;
  }
  // A short link with next to nothing around it asks to be opened blind: the bare-link lure.
  if (links.suspicious && length - linkChars(sink) < 12) s.fraud += 1.5;
  if (!zh) englishAdjust(s, sink, links);
  // A one-time code is the message's whole point only when nobody asks for it.
  if (sink.has('one_time_code') && (sink.has('code_request') || sink.has('sender_mismatch'))) s.verification_code = 0;
  if (sink.count('one_time_code') >= 2 || (sink.has('one_time_code') && length < 90)) s.verification_code += 1.5;
  // Loan adverts that also want fees first are fraud, without fees they stay adverts.
  if (sink.has('loan_offer') && (sink.has('fee_first_loan') || sink.has('credit_repair'))) s.marketing -= 1;
  // The lender's own number, polite: a reminder, not collection — unless the debt is already
  // overdue, which makes it a (genuine, low-risk) collection notice to the debtor.
  if (sender.official && threats === 0 && !privateChannel && !links.suspicious) {
    s.notice += sink.has('debt_overdue') ? 0.5 : 1.5 + s.debt_collection * 0.6;
    s.fraud *= 0.5;
  }
  // Collectors threaten with police and courts; that is pressure in a collection, not an
  // impersonation scam, as long as nothing asks for a transfer, a code or a safe account.
  if (sink.has('debt_overdue') && sink.has('impersonation_authority') && !sink.has('transfer_request') && !sink.has('safe_account') && !sink.has('code_request')) {
    s.fraud = Math.max(0, s.fraud - 3 * repeatFactor(sink.count('impersonation_authority')));
    s.debt_collection += 1.5;
  }
  // Collection from a private phone or with threats stays collection even if reminder-like; told
  // to a third party it is the emergency-contact call.
  if ((sender.cls === 'mobile' || threats > 0) && sink.has('debt_overdue')) {
    if (sink.has('debt_third_party')) s.contact_collection += 1;
    else s.debt_collection += 1;
  }
  // Collectors do run their own odd domains, but one that also moves the talk to a QQ or WeChat
  // account is the fake lender selling "relief".
  if (sink.has('debt_overdue') && (sink.has('lookalike_domain') || sink.has('ip_link')) && sink.has('im_contact')) s.fraud += 2.5;
  if (sender.mismatch) s.notice *= 0.3;
  // Government numbers (12345, 12381, 96110) neither collect debts nor run scams: what they send
  // about either is a notice.
  if (sender.official && sender.claimed?.kind === 'authority') {
    s.debt_collection *= 0.3;
    s.contact_collection *= 0.3;
    s.fraud *= 0.3;
    s.notice += 1;
  }
  if (warning && (sender.official || (!privateChannel && !links.suspicious && !sink.has('transfer_request')))) {
    s.fraud *= 0.3;
    s.notice += 1.5;
  }

  // People text from their own mobiles; institutions do not send notices from them.
  if (sender.cls === 'mobile' && !sender.claimed) {
    s.notice *= 0.5;
    s.personal += 0.8;
  }
  // Conversation carries weight only when nothing commercial or official is there.
  if (s.personal > 0) {
    const business = s.marketing + s.fraud + s.notice + s.debt_collection + s.contact_collection + s.verification_code;
    if (business >= 1.5) s.personal *= 0.3;
    else if (length <= 40) s.personal += 0.6;
  }
  if (!zh) englishFinalAdjust(s);
  if (zh) chineseFallback(s, sink, links, length);
  return s;
}

// A long Chinese text from a stranger that is neither chat nor a recognisable notice is, in
// practice, an advert: give marketing the edge over "other" unless the text reads like talk.
function chineseFallback(s: Record<Category, number>, sink: SignalSink, links: LinkFacts, length: number): void {
  const talk = sink.count('conversation');
  const contact = links.count > 0 || sink.has('private_callback') || sink.has('im_contact');
  const top = Math.max(s.debt_collection, s.contact_collection, s.fraud, s.marketing, s.verification_code, s.notice);
  if (top >= 1.2) return;
  if ((contact && talk < 3) || (length >= 40 && talk < 3) || (length >= 80 && talk < 4)) {
    s.marketing = Math.max(s.marketing, s.other, s.personal) + 0.2;
  }
}

export function pickCategory(scores: Record<Category, number>): Category {
  let best: Category = 'other';
  let bestScore = -Infinity;
  for (const c of CATEGORIES) {
    if (scores[c] > bestScore) {
      best = c;
      bestScore = scores[c];
    }
  }
  return best;
}
