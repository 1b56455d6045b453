// SPDX-License-Identifier: MIT
// Where one message stands in a debt story. A lender's own notices (loan paid out, reminder,
// overdue, hand-over to collectors, settled) read differently from what collectors send; the
// stages let the incident view show the escalation from the first notice to the relatives
// drawn in. The phrases are the common wording of Chinese lenders and collectors.
import type { Category, SignalCode } from '../model/analysis';
import type { IncidentStage } from '../model/timeline';
import type { SenderKind } from '../model/sender';

export interface StageInput {
  category: Category;
  signals: ReadonlySet<SignalCode>;
  body: string;
  senderKind: SenderKind;
  /** The message names one of the user's relatives or contacts (a profile mention). */
  namesContacts: boolean;
}

const SETTLED = /已(?:全部|经)?结清|结清证明|已还清|已全部还清|还款已完成|已结清/u;
const LOAN = /已(?:成功)?发放|放款成功|已放款|借款.{0,12}已到账|已到账.{0,6}借款/u;
const OVERDUE = /已逾期|已经逾期|逾期\s*\d+\s*天|逾期未还|长期逾期|逾期借款|逾期账单|overdue/iu;
const REMINDER = /即将到期|将于.{0,12}到期|今日到期|还有\s*\d+\s*天到期|到期日|应还|还款日|扣款失败|自动扣款|due (?:on|today|in)/iu;
const HANDOVER = /委托.{0,10}(?:催收|机构|律所|律师)|转(?:至|交|入).{0,8}(?:贷后|催收|法务|委外|风控)|委外|移交.{0,6}(?:催收|法务|律所)|handed over|debt collection agency/iu;
const THREATS: readonly SignalCode[] = ['threat_lawsuit', 'threat_police', 'threat_visit', 'threat_violence', 'threat_expose_contacts'];

/** Senders that need a registration: a lender's own notices come from these, collectors rarely. */
export function isOfficialKind(kind: SenderKind): boolean {
  return kind === 'sms_gateway' || kind === 'bank_service' || kind === 'short_code' || kind === 'alphanumeric';
}

/**
 * The stage of a message in a debt story, or null when it is not a step of one. Reporting overdue
 * debts to the credit bureau is lawful, so `threat_credit` alone is no threat here.
 */
export function debtStage(input: StageInput): IncidentStage | null {
  const { category, signals, body } = input;
  if (category === 'fraud') return 'scam';
  if (category === 'contact_collection') return 'contacts';
  if (category !== 'debt_collection' && category !== 'notice') return null;
  if (SETTLED.test(body)) return 'settled';
  const official = isOfficialKind(input.senderKind);
  if (category === 'debt_collection') {
    if (input.namesContacts || signals.has('knows_relative') || signals.has('threat_expose_contacts') || signals.has('debt_third_party')) {
      return 'contacts';
    }
    if (THREATS.some((t) => signals.has(t))) return 'threat';
    // A collector's first text often says the case was "transferred to us": that is collection.
    if (!official) return 'collection';
  }
  if (HANDOVER.test(body)) return 'handover';
  if (OVERDUE.test(body)) return 'overdue';
  if (LOAN.test(body)) return 'loan';
  if (REMINDER.test(body)) return 'reminder';
  return category === 'debt_collection' ? 'overdue' : null;
}
