// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { debtStage, type StageInput } from '../../../src-main/core/timeline/debt-stage';
import { amountCents, debtFact, knownItems } from '../../../src-main/core/timeline/message-facts';
import type { SignalCode } from '../../../src-main/core/model/analysis';

const input = (over: Partial<StageInput> & { body: string }): StageInput => ({
  category: 'debt_collection',
  signals: new Set<SignalCode>(),
  senderKind: 'mobile',
  namesContacts: false,
  ...over,
});

describe('debt stages', () => {
  it("reads a lender gateway's texts as loan, reminder, overdue, hand-over and settled", () => {
    const gw = { senderKind: 'sms_gateway' as const };
    expect(debtStage(input({ ...gw, category: 'notice', body: '【好借】尊敬的王**，您申请的借款¥5,000.00已发放至您尾号1234的银行卡。' }))).toBe('loan');
    expect(debtStage(input({ ...gw, category: 'notice', body: '【好借】您的借款将于6月1日到期，应还金额¥5,210.00，请确保银行卡余额充足。' }))).toBe('reminder');
    expect(debtStage(input({ ...gw, body: '【好借】您的借款还有2天到期，请按时还款，避免逾期影响征信。' }))).toBe('reminder');
    expect(debtStage(input({ ...gw, body: '【好借】王**，您的借款已逾期5天，应还金额¥5,260.00，请尽快还款。' }))).toBe('overdue');
    expect(debtStage(input({ ...gw, body: '【好借】因您长期逾期，我司已委托第三方催收机构与您联系。' }))).toBe('handover');
    expect(debtStage(input({ ...gw, body: '【好借】您的借款已全部结清，感谢使用。' }))).toBe('settled');
  });

  it("takes a collector's own texts as collection, threats, or relatives drawn in", () => {
    expect(debtStage(input({ body: '王刚，您的欠款已转至我司贷后部处理，请今日回电。' }))).toBe('collection');
    expect(debtStage(input({ body: '王刚，再不还款将起诉你。', signals: new Set(['threat_lawsuit']) }))).toBe('threat');
    expect(debtStage(input({ body: '王刚，逾期将上报征信。', signals: new Set(['threat_credit']) }))).toBe('collection');
    expect(debtStage(input({ body: '明天联系你父亲王建华。', namesContacts: true, signals: new Set(['threat_lawsuit']) }))).toBe('contacts');
    expect(debtStage(input({ category: 'contact_collection', body: '您是李四的紧急联系人，请转告他还款。' }))).toBe('contacts');
    expect(debtStage(input({ category: 'fraud', body: '【好借】逾期可申请减免，加QQ 123456。' }))).toBe('scam');
    expect(debtStage(input({ category: 'marketing', body: '新用户借款最高20万' }))).toBeNull();
  });
});

describe('message facts', () => {
  it('keeps mentions at or above the threshold, once per item', () => {
    expect(knownItems([{ itemKey: 'name', score: 0.3 }, { itemKey: 'id_number', score: 0.9 }, { itemKey: 'id_number', score: 0.6 }])).toEqual(['id_number']);
  });

  it("tells the lender's 【signature】 from the platform named in the body, and keeps the strongest amount", () => {
    const body = '【青禾消费金融】林**，您的借款已逾期8天，应还金额¥3,280.50，请登录速借宝App还款。';
    const fact = debtFact({
      category: 'debt_collection',
      signals: ['debt_overdue'],
      findings: [
        { type: 'platform', value: '青禾消费金融', start: 1, end: 7, score: 0.75 },
        { type: 'amount', value: '8天', start: 18, end: 20, score: 0.2 },
        { type: 'amount', value: '¥3,280.50', start: 27, end: 36, score: 0.9 },
        { type: 'platform', value: '速借宝', start: 40, end: 43, score: 0.6 },
      ],
      mentions: [],
      body,
      senderKind: 'sms_gateway',
    });
    expect(fact).toEqual({ platforms: ['青禾消费金融', '速借宝'], signature: '青禾消费金融', amountCents: 328050, stage: 'overdue' });
    expect(amountCents('人民币3280.50元')).toBe(328050);
  });

  it('ignores a notice that names no platform', () => {
    expect(debtFact({ category: 'notice', signals: [], findings: [], mentions: [], body: '您的快递已到驿站', senderKind: 'sms_gateway' })).toBeNull();
  });
});
