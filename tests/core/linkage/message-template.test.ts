// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src-main/core/pii/detect-pii';
import { findMessageLinks } from '../../../src-main/core/linkage/message-links';
import { displayTemplate, hammingDistance, maskTemplate, simHash64, splitHash } from '../../../src-main/core/linkage/message-template';

const masked = (text: string) => maskTemplate(text, detectPii(text), findMessageLinks(text));
const distance = (a: string, b: string) => hammingDistance(...splitHash(simHash64(masked(a))), ...splitHash(simHash64(masked(b))));

describe('message templates', () => {
  it('masks names, amounts, numbers, dates and links and drops the salutation', () => {
    const text = '林晓峰先生，您在速借宝的欠款¥3,280.50已逾期43天，请于2025年2月5日前处理，回电0755-86302217，还款通道 sjb-hk.top/r/Qm7x2';
    expect(displayTemplate(masked(text))).toBe('您在速借宝的欠款〔金额〕已逾期#天，请于〔日期〕处理，回电〔号码〕，还款通道〔链接〕');
  });

  it('keeps the signature in front of the template', () => {
    expect(displayTemplate(masked('【征信中心】林晓峰您好，您名下学生贷账户仍未注销，今日为最后处理期限。'))).toBe('【征信中心】您名下学生贷账户仍未注销，今日为最后处理期限。');
  });

  it('hashes one script under other salutations, names and figures within three bits', () => {
    expect(distance(
      '林晓峰先生，您在速借宝的借款已逾期61天，欠款¥3,280.50，请今天内主动联系处理，我司将按流程升级处理。回电0755-86302217。',
      '您好王建华，您在速借宝的借款已逾期66天，欠款¥8,000.00，请今天内主动联系处理，我司将按流程升级处理。回电0755-86302218。',
    )).toBeLessThanOrEqual(3);
  });

  it('keeps a one-word edit of a script much closer than an unrelated text', () => {
    expect(distance(
      '林晓峰先生，您在速借宝的借款已逾期61天，欠款¥3,280.50，请今天内主动联系处理，我司将按流程升级处理。回电0755-86302217。',
      '林晓峰，您在速借宝借款已逾期66天，欠款¥3,280.50，请今天内主动联系处理，我司将按流程升级处理。回电0755-86302217。',
    )).toBeLessThanOrEqual(8);
  });

  it('hashes unrelated messages far apart', () => {
    expect(distance(
      '林晓峰先生，您在速借宝的借款已逾期61天，欠款¥3,280.50，请今天内主动联系处理，我司将按流程升级处理。回电0755-86302217。',
      '【菜鸟驿站】您的中通包裹已到宁海路52号菜鸟驿站，取件码3-2-1234，营业时间8:00-21:00，请及时领取。',
    )).toBeGreaterThan(12);
  });

  it('is deterministic and 16 hex digits long', () => {
    const h = simHash64('您在速借宝的借款已逾期#天，请立即处理。');
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(simHash64('您在速借宝的借款已逾期#天，请立即处理。')).toBe(h);
  });
});
