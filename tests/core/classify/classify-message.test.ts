// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src-main/core/classify/classify-message';
import type { PiiFinding, ProfileMention, SignalCode } from '../../../src-main/core/model/analysis';
import { ALL_CASES, type Case } from './realistic-cases';

const none = { pii: [] as PiiFinding[], mentions: [] as ProfileMention[] };
const run = (text: string, sender: string | null = null) => classifyMessage({ text, sender }, none);
const codes = (text: string, sender: string | null = null) => new Set(run(text, sender).signals.map((s) => s.code));
const spanText = (text: string, code: SignalCode, sender: string | null = null) => {
  const s = run(text, sender).signals.find((x) => x.code === code);
  return s && s.start !== null && s.end !== null ? text.slice(s.start, s.end) : undefined;
};

describe('classifyMessage on the realistic test set', () => {
  it.each(ALL_CASES.map((k: Case) => [k.category, k.text, k.sender] as const))('classifies as %s: %s', (category, text, sender) => {
    expect(run(text, sender).category).toBe(category);
  });
});

describe('debt collection versus emergency-contact collection', () => {
  it('treats a debt owed by the reader as debt collection', () => {
    expect(run('【安逸花】林晓峰您好，您的借款已逾期15天，请今日内处理，否则将移交第三方催收').category).toBe('debt_collection');
  });
  it('treats a friend’s overdue loan told to the emergency contact as contact collection', () => {
    const text = '你好，你的朋友林晓峰在我平台借款3000元已严重逾期，他预留了你的联系方式作为紧急联系人，请转告其尽快还款';
    expect(run(text).category).toBe('contact_collection');
    expect(spanText(text, 'debt_third_party')).toMatch(/朋友|紧急联系人|预留|转告/);
  });
  it('rates a threatening private-number collector as high risk and flags each threat', () => {
    const text = '林晓峰欠款不还，再不处理明天我们就上门到你单位，并通知你全部通讯录联系人';
    const r = run(text, '13912345678');
    expect(r.category).toBe('debt_collection');
    expect(r.risk).toBeGreaterThan(0.6);
    expect(spanText(text, 'threat_visit')).toContain('上门');
    const exposed = r.signals.filter((s) => s.code === 'threat_expose_contacts').map((s) => text.slice(s.start ?? 0, s.end ?? 0));
    expect(exposed.join('|')).toContain('通讯录');
  });
  it('keeps a polite reminder from the lender’s official number as a notice with low risk', () => {
    const r = run('【招商银行】您尾号8848的信用卡本期账单已出，应还款金额2,350.00元，最后还款日10月18日。', '95555');
    expect(r.category).toBe('notice');
    expect(r.risk).toBeLessThan(0.1);
  });
  it('calls an overdue notice collection either way, and only the private mobile with threats risky', () => {
    // Overdue is collection by definition (the reader is addressed as the debtor); whether it is
    // genuine is what the risk says.
    const polite = run('【招商银行】您的信用卡已逾期，请尽快还款。', '95555');
    const rough = run('【招商银行】您的信用卡已逾期，今天不还我们就上门找你家人。', '13512345678');
    expect(polite.category).toBe('debt_collection');
    expect(polite.risk).toBeLessThan(0.1);
    // A bank's name on a private mobile is an impersonation; with threats, collection or scam.
    expect(['debt_collection', 'fraud']).toContain(rough.category);
    expect(rough.risk).toBeGreaterThan(0.7);
  });
  it('calls paying a debt into a private card fraud', () => {
    const r = run('林晓峰，你的欠款请今天务必转账到我们对公账户，户名李强，卡号 6217001234567890123，否则立即起诉。', '18812345678');
    expect(r.category).toBe('fraud');
    expect(r.risk).toBeGreaterThanOrEqual(0.7);
  });
});

describe('sender checks', () => {
  it('flags a bank claim sent from a private mobile as a mismatch', () => {
    expect(codes('【工商银行】您的账户存在异常，请尽快处理。', '13800001111').has('sender_mismatch')).toBe(true);
  });
  it('flags a bank claim from another bank’s 95 number as a mismatch', () => {
    expect(codes('【工商银行】您的账户存在异常，请尽快处理。', '95555').has('sender_mismatch')).toBe(true);
  });
  it('accepts the bank’s own 95 number, also with extension digits', () => {
    expect(codes('【工商银行】您尾号1234的卡支出100.00元。', '95588').has('sender_mismatch')).toBe(false);
    expect(codes('【工商银行】您尾号1234的卡支出100.00元。', '9558801').has('sender_mismatch')).toBe(false);
  });
  it('does not treat a friend mentioning a bank as a claim', () => {
    expect(codes('我在工商银行门口等你，快点来', '13800001111').has('sender_mismatch')).toBe(false);
  });
  it('marks sender-based signals with null spans', () => {
    const s = run('【建设银行】您的账户异常', '+447700900123').signals.find((x) => x.code === 'sender_foreign');
    expect(s).toEqual({ code: 'sender_foreign', start: null, end: null });
  });
});

describe('links and requests', () => {
  it('spans the look-alike domain exactly', () => {
    const text = '【工商银行】您的账户已冻结，请登录 icbc-vip.cn 重新认证';
    expect(spanText(text, 'lookalike_domain')).toBe('icbc-vip.cn');
  });
  it('recognises short links and raw IP links', () => {
    expect(codes('点击 http://t.cn/A6xQ2b 查看').has('short_link')).toBe(true);
    expect(codes('请登陆 http://45.12.33.8/ccb 升级').has('ip_link')).toBe(true);
  });
  it('does not call an official domain a look-alike', () => {
    expect(codes('【招商银行】详情请访问 www.cmbchina.com 查询').has('lookalike_domain')).toBe(false);
  });
  it('treats “do not share this code” as a warning, not a request', () => {
    expect(codes('【中国银行】动态密码为 839201，请勿向任何人提供此验证码。', '95566').has('code_request')).toBe(false);
    expect(codes('请把刚收到的验证码告诉我，我帮你退款').has('code_request')).toBe(true);
  });
  it('spots the safe-account and screen-share scripts', () => {
    expect(codes('请将资金转入安全账户').has('safe_account')).toBe(true);
    expect(codes('请下载腾讯会议，开启屏幕共享').has('screen_share')).toBe(true);
  });
  it('does not read a bank’s own transfer notice as a transfer request', () => {
    expect(codes('【工商银行】您尾号8848的储蓄卡10月3日转账支出500.00元，余额1,200.00元。', '95588').has('transfer_request')).toBe(false);
  });
  it('flags a private mobile and a WeChat given as the callback channel', () => {
    const text = '详情请联系王经理 13912345678 或加微信 dk8866';
    expect(spanText(text, 'private_callback')).toBe('13912345678');
    expect(codes(text).has('im_contact')).toBe(true);
  });
});

describe('what the sender knows', () => {
  it('turns profile mentions and PII findings into knowledge signals at their spans', () => {
    const text = '林晓峰您好，您身份证尾号3418的借款已逾期';
    const mentions: ProfileMention[] = [{ itemKey: 'name', value: '林晓峰', start: 0, end: 3, matchKind: 'exact', score: 1 }];
    const pii: PiiFinding[] = [{ type: 'resident_id_tail', value: '3418', start: 9, end: 13, score: 0.9 }];
    const r = classifyMessage({ text, sender: null }, { pii, mentions });
    expect(r.signals).toContainEqual({ code: 'knows_full_name', start: 0, end: 3 });
    expect(r.signals).toContainEqual({ code: 'knows_id_fragment', start: 9, end: 13 });
  });
  it('reports a masked name mention as knows_masked_name', () => {
    const mentions: ProfileMention[] = [{ itemKey: 'name', value: '林*峰', start: 0, end: 3, matchKind: 'masked', score: 0.8 }];
    const r = classifyMessage({ text: '林*峰先生，您的借款已逾期', sender: null }, { pii: [], mentions });
    expect(r.signals.map((s) => s.code)).toContain('knows_masked_name');
  });
  it('lets accurate details lower the risk of a clean notice but not of a scam', () => {
    const text = '林晓峰您好，您的借款将于10月20日到期，请按时还款。';
    const mentions: ProfileMention[] = [{ itemKey: 'name', value: '林晓峰', start: 0, end: 3, matchKind: 'exact', score: 1 }];
    const plain = classifyMessage({ text, sender: null }, none).risk;
    const known = classifyMessage({ text, sender: null }, { pii: [], mentions }).risk;
    expect(known).toBeLessThanOrEqual(plain);
    const scam = '林晓峰您好，您的贷款需先交保证金2000元才能放款，加微信 dk8866';
    const scamPlain = classifyMessage({ text: scam, sender: null }, none).risk;
    const scamKnown = classifyMessage({ text: scam, sender: null }, { pii: [], mentions }).risk;
    expect(scamKnown).toBe(scamPlain);
  });
});

describe('risk', () => {
  it('puts fraud at 0.7 or above and plain marketing between 0.2 and 0.45', () => {
    expect(run('无抵押贷款，先交1000元保证金即可下款，联系微信 dk8866').risk).toBeGreaterThanOrEqual(0.7);
    const ad = run('【万达广场】双十一狂欢，全场低至5折，满300减50，退订回T', '10690987654');
    expect(ad.category).toBe('marketing');
    expect(ad.risk).toBeGreaterThanOrEqual(0.2);
    expect(ad.risk).toBeLessThanOrEqual(0.45);
  });
  it('keeps a verification code from a gateway very low', () => {
    expect(run('【淘宝】验证码 482913，用于登录，5分钟内有效，请勿泄露。', '106575000').risk).toBeLessThan(0.05);
  });
  it('never lowers risk when a scam tell is added', () => {
    const base = run('【建设银行】您的账户存在异常，请及时处理。').risk;
    const withLink = run('【建设银行】您的账户存在异常，请及时登录 ccb-safe.top 处理。').risk;
    const withSafe = run('【建设银行】您的账户存在异常，请及时登录 ccb-safe.top 处理，并将资金转入安全账户。').risk;
    expect(withLink).toBeGreaterThanOrEqual(base);
    expect(withSafe).toBeGreaterThanOrEqual(withLink);
  });
  it('rates collection threats above a polite overdue notice', () => {
    const polite = run('您好，您的借款已逾期3天，请尽快还款。').risk;
    const threat = run('您的借款已逾期，再不还明天就上门找你，通知你全部通讯录联系人，后果自负。').risk;
    expect(threat).toBeGreaterThan(polite);
  });
});

describe('signals', () => {
  it('emits each code+span once and keeps spans inside the text', () => {
    const text = '【工商银行】积分即将清零，请登录 http://t.cn/A6xQ2b 兑换现金，http://t.cn/A6xQ2b';
    const r = run(text, '13800001111');
    const keys = r.signals.map((s) => `${s.code}:${s.start}:${s.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of r.signals) {
      if (s.start === null) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
  });
  it('returns a score for every category', () => {
    expect(Object.keys(run('hello').scores).sort()).toEqual(
      ['contact_collection', 'debt_collection', 'fraud', 'marketing', 'notice', 'other', 'personal', 'verification_code'],
    );
  });
  it('copes with empty text and unknown senders', () => {
    expect(run('', 'unknown').category).toBe('other');
  });
});
