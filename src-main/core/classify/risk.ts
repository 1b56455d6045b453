// SPDX-License-Identifier: MIT
// How likely the message is a scam, 0..1, combined the way a careful reader weighs it:
//   z = PRIOR + Σ weight(signal) over distinct signal codes (a second instance of the same code
//       adds half its weight again; no more)
//       + credibility (negative) only while no scam tell is present: the institution's own
//         number, a plain one-time code or transaction, and knowing the reader's real details;
//   risk = 1 / (1 + e^-z), then placed in the band of the category (fraud ≥ 0.7, marketing
//       0.2–0.45, a code or a notice well below) by an increasing map, so that adding a scam tell
//       never lowers the risk of a message of a given category.
import type { Category, SignalCode } from '../model/analysis';
import type { SenderFacts } from './sender-signals';
import type { SignalSink } from './signal-sink';

const PRIOR = -1.6;

// Evidence of a scam (positive) — the tells.
const TELLS: Partial<Record<SignalCode, number>> = {
  sender_mismatch: 2.5,
  lookalike_domain: 2.5,
  ip_link: 2,
  short_link: 1,
  link: 0.5,
  private_callback: 0.6,
  im_contact: 0.9,
  transfer_request: 1.5,
  safe_account: 4,
  screen_share: 3.5,
  code_request: 3.5,
  password_request: 3,
  app_download: 0.6,
  threat_lawsuit: 0.4,
  threat_police: 0.8,
  threat_credit: 0.3,
  threat_visit: 0.9,
  threat_expose_contacts: 1.2,
  threat_violence: 1.2,
  deadline_hours: 0.6,
  fee_first_loan: 3,
  credit_repair: 3,
  student_loan_cancel: 3,
  refund_scam: 2,
  prize_scam: 1.5,
  impersonation_authority: 2.5,
  impersonation_bank: 1.5,
  account_problem: 1.5,
  investment_scam: 1.5,
  job_scam: 2,
  gambling: 2,
  adult_service: 1.5,
  fake_invoice: 2,
  propaganda: 1,
  premium_rate: 1,
};

// Evidence of legitimacy (negative), counted only when no tell above is present.
const CREDIBILITY: Partial<Record<SignalCode, number>> = {
  one_time_code: -1,
  transaction: -0.8,
  bill: -0.4,
  delivery: -0.3,
  service_notice: -0.3,
  conversation: -0.3,
  knows_full_name: -0.2,
  knows_id_fragment: -0.2,
  knows_amount: -0.1,
  knows_card_tail: -0.2,
};

const STRONG_TELLS = new Set<SignalCode>([
  'sender_mismatch', 'lookalike_domain', 'ip_link', 'short_link', 'private_callback', 'im_contact',
  'transfer_request', 'safe_account', 'screen_share', 'code_request', 'password_request',
  'threat_visit', 'threat_expose_contacts', 'threat_violence', 'threat_police',
  'fee_first_loan', 'credit_repair', 'student_loan_cancel', 'refund_scam', 'impersonation_authority', 'impersonation_bank',
]);

export function scamRisk(sink: SignalSink, sender: SenderFacts, category: Category): number {
  let z = PRIOR;
  let tells = 0;
  let credibility = 0;
  for (const [code, n] of sink.codes()) {
    const w = TELLS[code];
    if (w !== undefined) {
      z += n > 1 ? w * 1.5 : w;
      if (STRONG_TELLS.has(code)) tells++;
      continue;
    }
    const c = CREDIBILITY[code];
    if (c !== undefined) credibility += c;
  }
  if (sender.official) credibility -= 2;
  else if (sender.cls === 'service' || sender.cls === 'gateway' || sender.cls === 'carrier') credibility -= 0.5;
  if (tells === 0) z += Math.max(credibility, -3);
  const p = 1 / (1 + Math.exp(-z));
  return round(band(category, p));
}

function band(category: Category, p: number): number {
  switch (category) {
    case 'fraud':
      return 0.7 + 0.3 * p;
    case 'marketing':
      return 0.2 + 0.25 * p;
    case 'verification_code':
      return 0.25 * p;
    case 'notice':
      return 0.6 * p;
    case 'personal':
      return 0.6 * p;
    default:
      return p;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
