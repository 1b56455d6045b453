// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { adviceText } from '../../../src-main/core/advice/advice-text';
import type { Advice } from '../../../src-main/core/model/advice';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const advice = (kind: Advice['kind'], facts: Advice['facts']): Advice => ({ kind, priority: 0, facts, senderIds: [1], messageIds: [1], channels: [] });

describe('advice as a sentence', () => {
  it('fills in the counts, names and dates of the facts', () => {
    const a = advice('unofficial_collectors', { senders: 4, messages: 35, platform: '速借宝', lender: '青禾消费金融' });
    expect(adviceText(a, 'zh', day)).toBe('催收你速借宝欠款的 4 个号码（35 条短信）都不是青禾消费金融的官方号码。还款只通过平台App或合同上的官方渠道，切勿向个人账户转账。');
    const e = advice('emergency_contact', { senders: 2, messages: 4, debtor: '周*', platform: '闪电花', first: Date.UTC(2024, 10, 5) });
    expect(adviceText(e, 'en', day)).toContain('emergency contact of 周* for a loan on 闪电花 (2 numbers, 4 texts, first on 2024-11-05)');
  });

  it('names the profile items by kind, each kind once', () => {
    const a = advice('leak_before_lender', { senders: 5, items: 3, itemKeys: 'id_number,relatives.0,relatives.1', lenderFirst: Date.UTC(2024, 5, 12) });
    expect(adviceText(a, 'zh', day)).toBe('在放款机构第一次给你发短信（2024-06-12）之前，已有 5 个可疑号码知道你的身份证号、亲属：你的信息可能另有泄露来源。');
  });

  it('says "the lender" or "someone else" where the messages did not name them, and leaves no placeholder', () => {
    const a = advice('emergency_contact', { senders: 1, messages: 1, first: 0 });
    const text = adviceText(a, 'en', day);
    expect(text).toContain('emergency contact of someone else for a loan on the platform');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
