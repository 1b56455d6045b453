// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src-main/core/pii/detect-pii';
import { extractLinkFeatures, signatureOf, type LinkFeature } from '../../../src-main/core/linkage/message-features';

const features = (text: string, sender = '17150832216', profileSpans?: { start: number; end: number }[]): LinkFeature[] =>
  extractLinkFeatures({ text, sender, findings: detectPii(text), profileSpans });
const values = (text: string, kind: LinkFeature['kind'], sender?: string): string[] =>
  features(text, sender).filter((f) => f.kind === kind).map((f) => f.value);

describe('link features of one message', () => {
  it('takes the callback number in national digits, whatever separators the text uses', () => {
    expect(values('王先生，您的欠款已逾期，请于今日18:00前回电0755-86302217协商还款。', 'callback')).toEqual(['075586302217']);
    expect(values('张女士您好，尽快联系专员+86 139 1234 0000处理您在花花贷的欠款。', 'callback')).toEqual(['13912340000']);
  });

  it('does not count the sender’s own number as a callback', () => {
    expect(values('我是贷后专员，有事请直接回电17150832216，谢谢。', 'callback', '17150832216')).toEqual([]);
  });

  it('leaves out published service numbers that every warning names', () => {
    expect(values('【国家反诈中心】凡是要求转账到安全账户的都是诈骗，如有疑问请拨打96110或致电95588核实。', 'callback')).toEqual([]);
  });

  it('leaves out numbers where the text shows the user’s own data', () => {
    const text = '其预留紧急联系人电话13912345678为您本人，请回电0371-65590218。';
    const start = text.indexOf('13912345678');
    expect(features(text, '19925461830', [{ start, end: start + 11 }]).filter((f) => f.kind === 'callback').map((f) => f.value)).toEqual(['037165590218']);
  });

  it('takes QQ and WeChat handles as callbacks', () => {
    expect(values('办理请添加专员QQ 2837465192，或加微信 kefu_sjb888 咨询。', 'callback')).toEqual(['qq:2837465192', 'wechat:kefu_sjb888']);
  });

  it('takes a number written as the account to pay into as a payment account, not a callback', () => {
    const text = '请将欠款转账至收款账户6222021234567890128（户名李某），今日到账可免罚息。';
    expect(values(text, 'payment_account')).toEqual(['6222021234567890128']);
    expect(values(text, 'callback')).toEqual([]);
  });

  it('takes links as lower-cased host and path, and their registrable domain', () => {
    const text = '逾期不处理将上报征信，还款通道 https://Pay.SJB-HK.top/r/Qm7x2?u=1 或回电。';
    expect(values(text, 'link')).toEqual(['pay.sjb-hk.top/r/qm7x2']);
    expect(values(text, 'domain')).toEqual(['sjb-hk.top']);
  });

  it('gives no domain for shorteners and big platforms but keeps the full link', () => {
    const text = '【淘宝】您关注的店铺上新啦，戳 m.tb.cn/h.Ab3dE 查看；积分兑换点 t.cn/A6xYz 领取。';
    expect(values(text, 'domain')).toEqual([]);
    expect(values(text, 'link')).toEqual(['m.tb.cn/h.ab3de', 't.cn/a6xyz']);
  });

  it('names the loan platforms and the signature', () => {
    const text = '【速借宝】林晓峰您好，您在速借宝的借款已逾期，可申请减免罚息。';
    expect(values(text, 'platform')).toContain('速借宝');
    expect(values(text, 'signature')).toEqual(['速借宝']);
    expect(signatureOf('您的验证码是482913，5分钟内有效。【京东】')).toBe('京东');
    expect(signatureOf('没有签名的短信')).toBeNull();
  });

  it('gives the same template to one script sent to different debtors on different days', () => {
    const a = values('林晓峰先生，您在速借宝的借款已逾期35天，欠款¥3,280.50，请于今日18:00前处理，否则将启动法律程序。回电0755-86302217。', 'template');
    const b = values('您好王建华，您在速借宝的借款已逾期61天，欠款¥12,000.00，请于今日18:00前处理，否则将启动法律程序。回电0755-86302217。', 'template');
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('gives no template to texts too short to tell a script from chance', () => {
    expect(values('好的，收到，谢谢。', 'template')).toEqual([]);
  });
});
