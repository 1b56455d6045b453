// SPDX-License-Identifier: MIT
// Each piece of advice as a sentence built from the user's own facts, in Chinese and English. One
// wording for the app's panel and the evidence report, so the user reads the same advice in both.
import type { Advice, AdviceKind } from '../model/advice';

export type AdviceLang = 'zh' | 'en';

const SENTENCES: Record<AdviceLang, Record<AdviceKind, string>> = {
  zh: {
    threats: '{senders} 个号码在 {messages} 条短信中威胁上门、暴力或向你的联系人曝光（最早 {first}）。这可能违法：保留短信截图和通话记录，必要时报警。',
    emergency_contact: '你被当作 {debtor} 在{platform}借款的紧急联系人催收（{senders} 个号码，{messages} 条短信，最早 {first}）。你没有替他人还款的义务：明确告知对方停止联系，并保留证据。',
    scam_requests: '{senders} 个号码发来 {messages} 条诈骗短信，要求转账、验证码或添加联系方式/点击链接。不要回复、转账或点击；如已操作，请立即联系银行并报警。',
    unofficial_collectors: '催收你{platform}欠款的 {senders} 个号码（{messages} 条短信）都不是{lender}的官方号码。还款只通过平台App或合同上的官方渠道，切勿向个人账户转账。',
    leak_before_lender: '在{lender}第一次给你发短信（{lenderFirst}）之前，已有 {senders} 个可疑号码知道你的{itemNames}：你的信息可能另有泄露来源。',
    check_credit_record: '你的短信涉及欠款、征信威胁或“征信修复/注销校园贷”（{creditScams} 条）。征信报告只能通过中国人民银行征信中心免费查询，任何人都不能付费“修复”征信。',
    report_spam: '{fraudSenders} 个号码发来诈骗短信，{spamSenders} 个号码发来营销短信：可将短信转发至 12321 举报。',
  },
  en: {
    threats: '{senders} numbers threatened violence, a visit or shaming you to your contacts in {messages} texts (first on {first}). This may be illegal: keep the texts and call logs, and report to the police if needed.',
    emergency_contact: "You are being chased as the emergency contact of {debtor} for a loan on {platform} ({senders} numbers, {messages} texts, first on {first}). You have no duty to pay someone else's debt: tell them to stop contacting you and keep the evidence.",
    scam_requests: '{senders} numbers sent {messages} scam texts asking for a transfer, a code, or to add a contact or open a link. Do not reply, pay or click; if you already did, call your bank and the police at once.',
    unofficial_collectors: "None of the {senders} numbers collecting your {platform} debt ({messages} texts) is {lender}'s official number. Repay only through the platform's app or the official channels in your contract, never to a personal account.",
    leak_before_lender: 'Before {lender} first wrote to you ({lenderFirst}), {senders} suspicious senders already knew your {itemNames}: your details may have leaked some other way.',
    check_credit_record: 'Your texts mention debts, threats to your credit record or "credit repair" offers ({creditScams} texts). Your credit report is free from the PBOC Credit Reference Center only; nobody can "repair" it for a fee.',
    report_spam: '{fraudSenders} numbers sent scam texts and {spamSenders} sent marketing: forward them to 12321 to report them.',
  },
};

const WORDS = {
  zh: { separator: '、', lender: '放款机构', platform: '借款平台', someone: '他人' },
  en: { separator: ', ', lender: 'the lender', platform: 'the platform', someone: 'someone else' },
} as const;

// Profile item keys are `<field>` or `<field>.<n>` (core/profile/profile-items.ts).
const ITEM_NAMES: Record<AdviceLang, Record<string, string>> = {
  zh: { name: '姓名', phones: '手机号', id_number: '身份证号', bank_cards: '银行卡', address: '住址', employer: '工作单位', relatives: '亲属', others: '其他联系人' },
  en: { name: 'name', phones: 'phone number', id_number: 'ID number', bank_cards: 'bank card', address: 'address', employer: 'employer', relatives: 'relatives', others: 'other contacts' },
};

function itemNames(keys: string | number | undefined, lang: AdviceLang): string {
  if (typeof keys !== 'string' || keys === '') return '';
  const names = keys.split(',').map((k) => ITEM_NAMES[lang][k.split('.')[0] ?? ''] ?? ITEM_NAMES[lang]['others']!);
  return [...new Set(names)].join(WORDS[lang].separator);
}

/** The advice as one sentence; `formatDay` writes the dates (epoch ms) the way the reader expects. */
export function adviceText(advice: Advice, lang: AdviceLang, formatDay: (ms: number) => string): string {
  const facts = advice.facts;
  const values: Record<string, string | number> = {
    ...facts,
    itemNames: itemNames(facts['itemKeys'], lang),
    lender: facts['lender'] ?? WORDS[lang].lender,
    platform: facts['platform'] ?? WORDS[lang].platform,
    debtor: facts['debtor'] ?? WORDS[lang].someone,
  };
  for (const key of ['first', 'lenderFirst']) {
    const v = facts[key];
    if (typeof v === 'number') values[key] = formatDay(v);
  }
  return SENTENCES[lang][advice.kind].replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
