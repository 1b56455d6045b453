// SPDX-License-Identifier: MIT
// Who is who in the demo: the user's profile and every sender the story relies on, with the
// role it plays and the operation it belongs to. All people, companies, numbers and domains
// are invented; the public service numbers (95555, 10086, 12306, 12345, 12381 …) are real
// numbers used for realism, and the texts attributed to them are invented too.
import { z } from 'zod';
import { bankCardWithTail, residentId } from './fictional-identity';

export const DemoProfile = z.object({
  name: z.string(),
  phones: z.array(z.string()),
  id_number: z.string(),
  bank_cards: z.array(z.string()),
  address: z.string(),
  employer: z.string(),
  relatives: z.array(z.object({ name: z.string(), relation: z.string() })),
  others: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type DemoProfile = z.infer<typeof DemoProfile>;

/** Nanjing Gulou (320106), born 1990-05-17, sequence 283: odd, so a man; check char 'X'. */
export const USER_ID_NUMBER = residentId('320106', '1990-05-17', '283');
/** China Merchants Bank debit card, tail 8848; one middle digit is fitted for Luhn. */
export const USER_BANK_CARD = bankCardWithTail('621483', '02571', '8848');
/** The colleague's ID, leaked by the 闪电花 collector (Nanjing Xuanwu, born 1988-11-23). */
export const COLLEAGUE_ID_NUMBER = residentId('320102', '1988-11-23', '041');

export const PROFILE: DemoProfile = DemoProfile.parse({
  name: '林晓峰',
  phones: ['13912345678'],
  id_number: USER_ID_NUMBER,
  bank_cards: [USER_BANK_CARD],
  address: '南京市鼓楼区中山路100号',
  employer: '南京某某贸易有限公司',
  relatives: [
    { name: '林建国', relation: '父亲' },
    { name: '王秀兰', relation: '母亲' },
    { name: '林晓雨', relation: '妹妹' },
  ],
  others: [{ label: '同事', value: '周明' }],
});

/** The masked and partial forms senders print. */
export const FORMS = {
  nameMasked: '林**',
  phoneMasked: '139****5678',
  idTail: USER_ID_NUMBER.slice(-4),
  idMasked: `${USER_ID_NUMBER.slice(0, 4)}**********${USER_ID_NUMBER.slice(-4)}`,
  cardTail: USER_BANK_CARD.slice(-4),
  cardMasked: `${USER_BANK_CARD.slice(0, 4)}********${USER_BANK_CARD.slice(-4)}`,
  colleagueIdMasked: `${COLLEAGUE_ID_NUMBER.slice(0, 6)}********${COLLEAGUE_ID_NUMBER.slice(-4)}`,
} as const;

export const SenderRole = z.enum([
  'relative',
  'colleague',
  'friend',
  'bank',
  'carrier',
  'rail',
  'government',
  'lending_platform',
  'genuine_lender',
  'collector',
  'contact_collector',
  'impersonator',
]);
export type SenderRole = z.infer<typeof SenderRole>;

export interface CastMember {
  /** Canonical number: 11-digit mobiles without '+86'; incoming texts store them with it. */
  number: string;
  /** The name the user saved the number under, as the backup writes it in contact_name. */
  contactName: string | null;
  role: SenderRole;
  label: string;
  operation: OperationKey | null;
}

export type OperationKey = 'sujiebao-collection' | 'shandianhua-collection' | 'credit-scam-ring' | 'fake-courier';

export const CAST = {
  father: { number: '13852061934', contactName: '老爸', role: 'relative', label: '林建国 (father)', operation: null },
  mother: { number: '13952178260', contactName: '妈妈', role: 'relative', label: '王秀兰 (mother)', operation: null },
  sister: { number: '18752093417', contactName: '晓雨', role: 'relative', label: '林晓雨 (sister)', operation: null },
  colleague: { number: '15850671293', contactName: '周明', role: 'colleague', label: '周明 (colleague)', operation: null },
  friendChen: { number: '13770912846', contactName: '陈磊', role: 'friend', label: '陈磊 (friend)', operation: null },
  friendZhang: { number: '18915863027', contactName: '张婷', role: 'friend', label: '张婷 (friend)', operation: null },
  friendLiu: { number: '15295741630', contactName: '刘洋', role: 'friend', label: '刘洋 (university friend, abroad)', operation: null },
  landlord: { number: '13813947205', contactName: '房东赵姐', role: 'friend', label: '赵姐 (landlady)', operation: null },

  cmb: { number: '95555', contactName: null, role: 'bank', label: '招商银行 China Merchants Bank (debit card 8848)', operation: null },
  icbc: { number: '95588', contactName: null, role: 'bank', label: '工商银行 ICBC (savings card 3021, pays the rent)', operation: null },
  ccb: { number: '95533', contactName: null, role: 'bank', label: '建设银行 CCB (credit card 5527)', operation: null },
  carrier: { number: '10086', contactName: null, role: 'carrier', label: '中国移动 China Mobile', operation: null },
  rail: { number: '12306', contactName: null, role: 'rail', label: '铁路客服 China Railway ticketing', operation: null },
  antiFraud: { number: '12381', contactName: null, role: 'government', label: '国家反诈中心 anti-fraud warnings', operation: null },
  hotline12345: { number: '12345', contactName: null, role: 'government', label: '南京12345 city hotline', operation: null },

  platform: { number: '106903391256', contactName: null, role: 'lending_platform', label: '速借宝 app (verification codes)', operation: null },
  lender: { number: '1069025571888', contactName: null, role: 'genuine_lender', label: '【青禾消费金融】 genuine lender gateway', operation: null },

  collectorA: { number: '17150832216', contactName: '催收勿接', role: 'collector', label: 'collector A (first contact, lawsuit threats)', operation: 'sujiebao-collection' },
  collectorB: { number: '17089254473', contactName: null, role: 'collector', label: 'collector B (ID tail, card, employer, parents)', operation: 'sujiebao-collection' },
  collectorC: { number: '16521907783', contactName: null, role: 'collector', label: 'collector C (full ID, contact list, home visit)', operation: 'sujiebao-collection' },
  collectorD: { number: '17130465198', contactName: null, role: 'collector', label: 'collector D (disposable number, template only)', operation: 'sujiebao-collection' },
  collectionLandline: { number: '075586302217', contactName: null, role: 'collector', label: 'collection call centre line (calls only; the callback number in the texts)', operation: 'sujiebao-collection' },

  shandianA: { number: '19925461830', contactName: null, role: 'contact_collector', label: '闪电花 collector (周明\'s debt)', operation: 'shandianhua-collection' },
  shandianB: { number: '17326518049', contactName: null, role: 'contact_collector', label: '闪电花 collector, second number', operation: 'shandianhua-collection' },

  fakeCreditCentre: { number: '10655119023587', contactName: null, role: 'impersonator', label: 'fake 征信中心 (credit reference centre)', operation: 'credit-scam-ring' },
  fakePlatform: { number: '10690817742635', contactName: null, role: 'impersonator', label: 'fake 速借宝客服 (platform customer service)', operation: 'credit-scam-ring' },
  fakeRegulator: { number: '16533904721', contactName: null, role: 'impersonator', label: 'fake 金融监管局 (financial regulator, "safe account")', operation: 'credit-scam-ring' },
  fakeLender: { number: '1065502983117', contactName: null, role: 'impersonator', label: 'fake 青禾消费金融 (lender, "停息挂账")', operation: 'credit-scam-ring' },
  fakeRepair: { number: '17287710395', contactName: null, role: 'impersonator', label: '征信修复 (credit-record "repair") agent', operation: 'credit-scam-ring' },
  fakeCourier: { number: '17085126639', contactName: null, role: 'impersonator', label: 'fake 顺丰 courier (address phishing)', operation: 'fake-courier' },
} as const satisfies Record<string, CastMember>;

export type CastKey = keyof typeof CAST;

export const CAST_KEYS = Object.keys(CAST) as CastKey[];

/** Identifiers the story's operations print, which link their senders together. */
export const LINKS = {
  collectionCallback: '0755-86302217',
  collectionDomain: 'sjb-hk.top',
  shandianCallback: '0371-65590218',
  ringQq: '2837465192',
  ringDomain: 'sujiebao-kf.top',
  courierDomain: 'sf-kdcx.top',
  lenderHotline: '400-690-1357',
} as const;

export interface Operation {
  key: OperationKey;
  name: string;
  members: CastKey[];
  sharedMarkers: string[];
  why: string;
}

export const OPERATIONS: Operation[] = [
  {
    key: 'sujiebao-collection',
    name: '速借宝 third-party collection crew',
    members: ['collectorA', 'collectorB', 'collectorC', 'collectorD', 'collectionLandline'],
    sharedMarkers: [LINKS.collectionCallback, LINKS.collectionDomain],
    why: 'Every text asks for a call back to the same number and links to the same repayment domain; the texts are near-duplicates of one template; the callback number itself rings the user during the same weeks.',
  },
  {
    key: 'shandianhua-collection',
    name: '闪电花 collectors chasing 周明 through his emergency contact',
    members: ['shandianA', 'shandianB'],
    sharedMarkers: [LINKS.shandianCallback, '闪电花'],
    why: 'Both numbers name the same platform and debtor and give the same callback number.',
  },
  {
    key: 'credit-scam-ring',
    name: 'Scam ring impersonating the credit centre, the regulator, the platform and the lender',
    members: ['fakeCreditCentre', 'fakePlatform', 'fakeRegulator', 'fakeLender', 'fakeRepair'],
    sharedMarkers: [LINKS.ringQq, LINKS.ringDomain],
    why: 'Five personas, one QQ number and one link domain; each shows the same partial knowledge (full name, masked ID) that leaked with the loan application.',
  },
  {
    key: 'fake-courier',
    name: 'Fake 顺丰 courier',
    members: ['fakeCourier'],
    sharedMarkers: [LINKS.courierDomain],
    why: 'A one-off phishing text with a look-alike domain; it knows the home address months before anyone else in the story.',
  },
];
