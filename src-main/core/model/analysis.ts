// SPDX-License-Identifier: MIT
// What the analysis says about one message: its category, how likely it is a scam, the signals
// (explained evidence with the text span each rests on), the personal details found in it, and
// which items of the user's profile it shows the sender knows.
import { z } from 'zod';

export const Category = z.enum([
  'debt_collection',
  'contact_collection',
  'fraud',
  'marketing',
  'verification_code',
  'notice',
  'personal',
  'other',
]);
export type Category = z.infer<typeof Category>;
export const CATEGORIES = Category.options;

/**
 * Every signal the classifier can raise. Codes are stable (stored, filtered on, scripted against);
 * their labels live in core/analysis/signal-labels.ts.
 */
export const SignalCode = z.enum([
  // Who sent it.
  'sender_bank_service',
  'sender_gateway_business',
  'sender_gateway_service',
  'sender_carrier',
  'sender_short_code',
  'sender_mobile',
  'sender_landline',
  'sender_foreign',
  'sender_alphanumeric',
  'sender_email',
  'sender_mismatch',
  // How it wants to be answered.
  'link',
  'short_link',
  'ip_link',
  'lookalike_domain',
  'private_callback',
  'im_contact',
  'transfer_request',
  'safe_account',
  'screen_share',
  'code_request',
  'password_request',
  'app_download',
  // Pressure.
  'threat_lawsuit',
  'threat_police',
  'threat_credit',
  'threat_visit',
  'threat_expose_contacts',
  'threat_violence',
  'deadline_hours',
  // What the sender knows.
  'knows_full_name',
  'knows_masked_name',
  'knows_id_fragment',
  'knows_amount',
  'knows_due_date',
  'knows_platform',
  'knows_card_tail',
  'knows_relative',
  'knows_profile_item',
  // What it is about.
  'debt_overdue',
  'debt_third_party',
  'repayment_reminder',
  'loan_offer',
  'fee_first_loan',
  'credit_repair',
  'student_loan_cancel',
  'refund_scam',
  'prize_scam',
  'impersonation_authority',
  'impersonation_bank',
  'account_problem',
  'investment_scam',
  'job_scam',
  'gambling',
  'adult_service',
  'fake_invoice',
  'propaganda',
  'promotion',
  'unsubscribe',
  'one_time_code',
  'transaction',
  'delivery',
  'bill',
  'service_notice',
  'conversation',
  'premium_rate',
  'click_to_claim',
  'bait_link',
  'acquaintance_impersonation',
  'investment_pitch',
  // Where the answer came from besides the rules.
  'user_label',
  'learned_model',
]);
export type SignalCode = z.infer<typeof SignalCode>;
export const SIGNAL_CODES = SignalCode.options;

/**
 * One piece of evidence. `start`/`end` are UTF-16 offsets into the message text (end exclusive);
 * both are null when the signal rests on the sender's number rather than on the text.
 */
export const Signal = z.object({
  code: SignalCode,
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
});
export type Signal = z.infer<typeof Signal>;

export const PiiType = z.enum([
  'resident_id',
  'resident_id_masked',
  'resident_id_tail',
  'mobile',
  'landline',
  'bank_card',
  'card_tail',
  'name',
  'masked_name',
  'amount',
  'date',
  'address',
  'plate',
  'employer',
  'platform',
  'wechat',
  'qq',
  'email',
]);
export type PiiType = z.infer<typeof PiiType>;
export const PII_TYPES = PiiType.options;

/** A personal detail found by a generic detector; score is the detector's confidence 0..1. */
export const PiiFinding = z.object({
  type: PiiType,
  value: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  score: z.number().min(0).max(1),
});
export type PiiFinding = z.infer<typeof PiiFinding>;

export const MatchKind = z.enum(['exact', 'partial', 'masked']);
export type MatchKind = z.infer<typeof MatchKind>;

/**
 * A place where a message shows an item of the user's profile. itemKey names the item
 * (`name`, `phones.0`, `id_number`, `bank_cards.1`, `address`, `employer`, `relatives.2`, `others.0`).
 */
export const ProfileMention = z.object({
  itemKey: z.string(),
  value: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  matchKind: MatchKind,
  score: z.number().min(0).max(1),
});
export type ProfileMention = z.infer<typeof ProfileMention>;

/** Where the category came from: the rules, the model learned from the user's labels, or the user. */
export const CategorySource = z.enum(['rules', 'model', 'user']);
export type CategorySource = z.infer<typeof CategorySource>;

export const MessageAnalysis = z.object({
  category: Category,
  categorySource: CategorySource,
  risk: z.number().min(0).max(1),
  signals: z.array(Signal),
  pii: z.array(PiiFinding),
  mentions: z.array(ProfileMention),
});
export type MessageAnalysis = z.infer<typeof MessageAnalysis>;
