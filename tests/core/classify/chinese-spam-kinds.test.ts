// SPDX-License-Identifier: MIT
// The kinds of Chinese spam and scam a rule-based reader gets wrong most easily: carrier and shop
// adverts that look like notices or chat, account numbers with nothing else, stock-tip and lottery
// groups, curiosity lures, and anti-fraud warnings that quote the scams they warn about.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src-main/core/classify/classify-message';
import type { PiiFinding, ProfileMention } from '../../../src-main/core/model/analysis';

const none = { pii: [] as PiiFinding[], mentions: [] as ProfileMention[] };
const run = (text: string, sender: string | null = null) => classifyMessage({ text, sender }, none);
const codes = (text: string, sender: string | null = null) => new Set(run(text, sender).signals.map((s) => s.code));

describe('adverts that are not scams', () => {
  it('keeps a carrier advert pointing to its own WeChat official account as marketing', () => {
    const text = '【中国移动】关注中国移动微信公众号，办理5G畅享套餐立享8折，每月多送10GB流量，详询10086。';
    expect(run(text).category).toBe('marketing');
    expect(codes(text).has('im_contact')).toBe(false);
  });
  it('does not call a carrier hall advert with the manager’s mobile an impersonation', () => {
    const text = '中国移动城南营业厅：老用户预存话费送手机，宽带包年特惠，详询店长13812345678';
    const r = run(text);
    expect(r.category).toBe('marketing');
    expect(r.signals.some((s) => s.code === 'impersonation_bank')).toBe(false);
  });
  it('reads a shop assistant writing in the first person as an advert, not chat', () => {
    expect(run('王姐您好，我是万达广场欧莱雅专柜的小李，本周六店庆全场8折，欢迎您来看看哦！').category).toBe('marketing');
  });
  it('reads a credit-card cash-out agent as a loan advert, not a notice', () => {
    const text = '信用卡取现垫还，手续费全市最低，节假日不休，电话13812345678';
    expect(run(text).category).toBe('marketing');
    expect(codes(text).has('service_notice')).toBe(false);
  });
  it('does not read points that lapse after a deadline as an overdue debt', () => {
    expect(codes('本店会员积分活动截止本月底，逾期不可兑换，欢迎到店咨询。').has('debt_overdue')).toBe(false);
  });
});

describe('scams that look like something else', () => {
  it('calls a bank name, a full card number and a holder name with nothing else a pay-in request', () => {
    const text = '农业银行6228480012345678912 李建国';
    expect(codes(text).has('transfer_request')).toBe(true);
    expect(run(text).category).toBe('fraud');
  });
  it('calls a stock-tip group that promises a rise fraud despite its opt-out line', () => {
    expect(run('明日必涨牛股今日已建仓，老师免费带操作，加微信 gp8899 进群，退订回T').category).toBe('fraud');
  });
  it('calls a lottery tip-off group unwanted', () => {
    expect(['fraud', 'marketing']).toContain(run('本期特码连准8期，绝杀三肖，加微信 lh6688 拿资料').category);
  });
  it('calls a class-reunion album behind a short link a lure', () => {
    expect(run('老同学，这是我们班聚会的相册和通讯录 http://t.cn/A6xQ2b 请保存，方便日后联系').category).toBe('fraud');
  });
  it('calls a bare short link with no text fraud', () => {
    expect(run('http://t.cn/A6xQ2b').category).toBe('fraud');
  });
  it('calls a bank text whose card was “frozen” for an overdue bill and must be unfrozen by phone fraud', () => {
    expect(run('尊敬的客户，您的信用卡因逾期还款影响征信现已冻结，请联系客服13812345678办理解冻。工商银行').category).toBe('fraud');
  });
});

describe('texts that only mention scams or business', () => {
  it('keeps an anti-fraud warning from 12381 a notice', () => {
    const text = '【国家反诈中心】提醒您：凡是自称客服要求退款、理赔、注销校园贷的都是诈骗，不点陌生链接，不转账给陌生人。';
    expect(run(text, '12381').category).toBe('notice');
  });
  it('reads a short message from a private mobile with no business in it as personal', () => {
    expect(run('七点半，老地方', '13770912846').category).toBe('personal');
  });
  it('keeps a friend’s reply about a repaid loan out of debt collection', () => {
    expect(run('那边我已经还清了，应该不会再打扰你了，改天请你吃饭', '15850671293').category).toBe('personal');
  });
});

describe('who may sell investments, and bare asks', () => {
  const fund = '【某某基金】新基金今日起募集，聚焦科技板块，年化预期收益可观，逢低布局正当时，详询客服。';
  it('calls a fund pitch from a private mobile unlicensed solicitation (fraud), from a 106 gateway an advert', () => {
    expect(run(fund, '13812345678').category).toBe('fraud');
    expect(codes(fund, '13812345678').has('investment_pitch')).toBe(true);
    expect(run(fund, '10690000123456').category).toBe('marketing');
  });
  it('reads a card number with only a word of checking as a pay-in request', () => {
    const text = '6222021234567890123 以这张为准，请核对';
    expect(codes(text).has('transfer_request')).toBe(true);
    expect(run(text).category).toBe('fraud');
  });
  it('treats a "look who this is" lure from a hidden number as fraud, from a friend’s mobile without a link as chat', () => {
    expect(run('你看下这是谁，都上新闻了').category).toBe('fraud');
    expect(run('你看下这是谁，笑死我了', '13812345678').category).toBe('personal');
  });
});

describe('sender kinds by the 106 numbering plan', () => {
  it('tells the non-commercial 1069/1063 platforms from the commercial 1066/1062 and carrier 1065 channels', () => {
    const text = '您的快递已到驿站，取件码 3-2-1456';
    expect(codes(text, '1069012345678').has('sender_gateway_service')).toBe(true);
    expect(codes(text, '1063012345').has('sender_gateway_service')).toBe(true);
    expect(codes(text, '1066012345678').has('sender_gateway_business')).toBe(true);
    expect(codes(text, '10655012345').has('sender_gateway_business')).toBe(true);
  });
});
