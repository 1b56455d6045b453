// SPDX-License-Identifier: MIT
// The demo's story as checkable claims: the loan, who first showed knowledge of each profile
// item (and who else did, from when), and the collectors' escalation. Written by hand from the
// plot; tests/core/demo checks every claim against freshly generated messages, and the README
// is rendered from here, so the documentation cannot drift from the data.
import { z } from 'zod';
import { CAST_KEYS, type CastKey, FORMS, PROFILE } from './demo-cast';

export const CastKeySchema = z.enum(CAST_KEYS as [CastKey, ...CastKey[]]);

export const LOAN = {
  platform: '速借宝',
  lender: '青禾消费金融',
  principal: '¥3,000.00',
  taken: '2024-06-12',
  due: '2024-12-12',
  amountDue: '¥3,280.50',
  firstOverdueDay: '2024-12-13',
  settled: '2025-03-18',
  settledAmount: '¥3,456.20',
} as const;

/** Keys of profile items, as paths into demo-profile.json. */
export const ProfileItemKey = z.enum([
  'name',
  'phones.0',
  'id_number',
  'bank_cards.0',
  'address',
  'employer',
  'relatives.0',
  'relatives.1',
  'relatives.2',
  'others.0',
]);
export type ProfileItemKey = z.infer<typeof ProfileItemKey>;

/** Same vocabulary as pii_mentions.match_kind: the whole value, a fragment, or a masked form. */
export const MentionForm = z.enum(['exact', 'partial', 'masked']);

export const KnowledgeClaim = z.object({
  item: ProfileItemKey,
  form: MentionForm,
  /** The text searched for in incoming message bodies. */
  evidence: z.string(),
  /** Every sender whose incoming texts contain the evidence, with the China date of its first such text, earliest first. */
  knownBy: z.array(z.object({ sender: CastKeySchema, first: z.string() })).min(1),
});
export type KnowledgeClaim = z.infer<typeof KnowledgeClaim>;

const claim = (item: ProfileItemKey, form: z.infer<typeof MentionForm>, evidence: string, knownBy: [CastKey, string][]): KnowledgeClaim =>
  KnowledgeClaim.parse({ item, form, evidence, knownBy: knownBy.map(([sender, first]) => ({ sender, first })) });

export const KNOWLEDGE: KnowledgeClaim[] = [
  claim('name', 'exact', PROFILE.name, [
    ['rail', '2024-01-24'],
    ['fakeCreditCentre', '2024-08-20'],
    ['shandianA', '2024-11-08'],
    ['collectorA', '2025-01-16'],
    ['fakePlatform', '2025-01-20'],
    ['collectorD', '2025-01-22'],
    ['collectorB', '2025-01-24'],
    ['fakeRegulator', '2025-02-06'],
    ['collectorC', '2025-02-13'],
    ['fakeRepair', '2025-04-10'],
  ]),
  claim('name', 'masked', FORMS.nameMasked, [
    ['lender', '2024-06-12'],
    ['fakeLender', '2025-02-26'],
  ]),
  claim('phones.0', 'masked', FORMS.phoneMasked, [['carrier', '2024-01-02']]),
  claim('phones.0', 'exact', PROFILE.phones[0] as string, [['shandianA', '2024-11-08']]),
  claim('id_number', 'masked', FORMS.idMasked, [
    ['fakeCreditCentre', '2024-08-20'],
    ['fakeRegulator', '2025-02-06'],
    ['fakeRepair', '2025-04-10'],
  ]),
  claim('id_number', 'partial', FORMS.idTail, [
    ['fakeCreditCentre', '2024-08-20'],
    ['lender', '2025-01-08'],
    ['collectorB', '2025-01-24'],
    ['fakeRegulator', '2025-02-06'],
    ['collectorC', '2025-02-18'],
    ['fakeRepair', '2025-04-10'],
  ]),
  claim('id_number', 'exact', PROFILE.id_number, [['collectorC', '2025-02-18']]),
  claim('bank_cards.0', 'partial', FORMS.cardTail, [
    ['cmb', '2024-01-01'],
    ['lender', '2024-06-12'],
    ['collectorB', '2025-01-24'],
    ['fakeRegulator', '2025-02-06'],
  ]),
  claim('bank_cards.0', 'masked', FORMS.cardMasked, [['collectorB', '2025-01-24']]),
  claim('address', 'exact', PROFILE.address, [
    ['fakeCourier', '2024-05-14'],
    ['collectorC', '2025-03-03'],
  ]),
  claim('employer', 'exact', PROFILE.employer, [['collectorB', '2025-02-05']]),
  claim('relatives.0', 'exact', '林建国', [
    ['collectorB', '2025-02-12'],
    ['collectorC', '2025-02-13'],
  ]),
  claim('relatives.1', 'exact', '王秀兰', [['collectorB', '2025-02-12']]),
  claim('relatives.2', 'exact', '林晓雨', [['collectorC', '2025-02-24']]),
  claim('others.0', 'exact', '周明', [
    ['shandianA', '2024-11-05'],
    ['shandianB', '2024-11-20'],
    ['collectorC', '2025-02-24'],
  ]),
];

/**
 * The timeline's showcase: the ID tail was known to a scammer months before the genuine
 * lender ever printed it — a leak that cannot have come from the lender's own texts.
 */
export const LEAK_BEFORE_LENDER = {
  item: 'id_number' as ProfileItemKey,
  evidence: FORMS.idTail,
  firstSender: 'fakeCreditCentre' as CastKey,
  firstDate: '2024-08-20',
  lenderFirstDate: '2025-01-08',
};

export const Threat = z.enum(['lawsuit', 'credit_report', 'contact_employer', 'contact_family', 'blacklist', 'expose_contacts', 'home_visit']);
export type Threat = z.infer<typeof Threat>;

/** The words that carry each threat in the collectors' texts. */
export const THREAT_WORDS: Record<Threat, RegExp> = {
  lawsuit: /起诉|法律程序/,
  credit_report: /征信/,
  contact_employer: /单位/,
  contact_family: /父亲|家人/,
  blacklist: /失信/,
  expose_contacts: /通讯录/,
  home_visit: /上门/,
};

export interface EscalationStep {
  date: string;
  sender: CastKey;
  reveals: { item: ProfileItemKey; evidence: string }[];
  threat: Threat | null;
  summary: string;
}

export const ESCALATION: EscalationStep[] = [
  { date: '2025-01-16', sender: 'collectorA', reveals: [{ item: 'name', evidence: PROFILE.name }], threat: null, summary: 'First contact: full name, platform, 35 days overdue, ¥3,280.50; callback number and repayment link.' },
  { date: '2025-01-18', sender: 'collectorA', reveals: [], threat: 'lawsuit', summary: 'Threatens a lawsuit at the user\'s place of household registration.' },
  {
    date: '2025-01-24',
    sender: 'collectorB',
    reveals: [
      { item: 'id_number', evidence: FORMS.idTail },
      { item: 'bank_cards.0', evidence: FORMS.cardMasked },
    ],
    threat: 'credit_report',
    summary: 'ID tail and the masked repayment card; threatens another credit-bureau report.',
  },
  { date: '2025-02-05', sender: 'collectorB', reveals: [{ item: 'employer', evidence: PROFILE.employer }], threat: 'contact_employer', summary: 'Names the employer and threatens to call its HR department.' },
  {
    date: '2025-02-12',
    sender: 'collectorB',
    reveals: [
      { item: 'relatives.0', evidence: '林建国' },
      { item: 'relatives.1', evidence: '王秀兰' },
    ],
    threat: 'contact_family',
    summary: 'Names father and mother and announces it will call them tomorrow.',
  },
  { date: '2025-02-13', sender: 'collectorC', reveals: [{ item: 'relatives.0', evidence: '林建国' }], threat: 'contact_family', summary: 'A third number reports it has called the father.' },
  { date: '2025-02-18', sender: 'collectorC', reveals: [{ item: 'id_number', evidence: PROFILE.id_number }], threat: 'blacklist', summary: 'Prints the full ID number; threatens the defaulter blacklist (失信被执行人).' },
  {
    date: '2025-02-24',
    sender: 'collectorC',
    reveals: [
      { item: 'relatives.2', evidence: '林晓雨' },
      { item: 'others.0', evidence: '周明' },
    ],
    threat: 'expose_contacts',
    summary: 'Threatens to text the whole contact list (爆通讯录), naming the sister and the colleague.',
  },
  { date: '2025-03-03', sender: 'collectorC', reveals: [{ item: 'address', evidence: PROFILE.address }], threat: 'home_visit', summary: 'Announces a home visit to the full home address on Saturday 8 March.' },
  { date: '2025-03-21', sender: 'collectorC', reveals: [], threat: 'lawsuit', summary: '"Final notice" three days after the loan was settled.' },
];
