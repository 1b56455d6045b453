// SPDX-License-Identifier: MIT
// "What to do next": advice derived from this user's analysis, each with the facts it rests on and
// the official channels to use. A channel is always one Leakline knows from its own list (a bank's
// published service number, 12321, the police), never a number or link read in a message.
import { z } from 'zod';
import { Id } from './ids';

export const AdviceKind = z.enum([
  /** Collectors write from numbers that are not the lender's official one. */
  'unofficial_collectors',
  /** The user is contacted as somebody's emergency contact: no duty to pay. */
  'emergency_contact',
  /** Personal details were known to senders before the lender ever wrote. */
  'leak_before_lender',
  /** Messages ask for transfers, codes or links: a scam pattern. */
  'scam_requests',
  /** Threats of violence, exposure to contacts or visits: report to the police. */
  'threats',
  /** Spam and fraud to report to the carrier. */
  'report_spam',
  /** Check the credit record at the official credit reference centre. */
  'check_credit_record',
]);
export type AdviceKind = z.infer<typeof AdviceKind>;

export const OfficialChannel = z.object({
  name: z.string(),
  /** A number or address from Leakline's own list of official channels. */
  contact: z.string(),
  purpose: z.enum(['verify', 'report']),
});
export type OfficialChannel = z.infer<typeof OfficialChannel>;

export const Advice = z.object({
  kind: AdviceKind,
  /** 0 highest. */
  priority: z.number().int().min(0),
  /** The facts, as values the page formats into its own language (counts, names, dates). */
  facts: z.record(z.string(), z.union([z.string(), z.number()])),
  senderIds: z.array(Id),
  messageIds: z.array(Id),
  channels: z.array(OfficialChannel),
});
export type Advice = z.infer<typeof Advice>;
