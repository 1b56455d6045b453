// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { createMessageAnalyzer, ANALYSED_CHARS } from '../../../src-main/core/analysis/message-analyzer';
import { trainNaiveBayes } from '../../../src-main/core/learning/naive-bayes';

// Warehouse shift messages a user keeps getting from work: nothing the rules know.
const WAREHOUSE = ['ZQX-778 批次 已 入库 A3 区', '仓库 B 区 盘点 完成 ZQX-779', 'ZQX-780 批次 出库 C1 区 已 核对', '仓库 A 区 盘点 ZQX-781 已 入库'];
const CHAT = ['晚上回来吃饭吗', '明天早上八点见', '周末一起去爬山吧', '到家了吗？', '好的，收到，谢谢', '妈，我到了', '一会儿电话说', '今天加班，晚点回'];

function labelledModel() {
  const examples = [
    ...WAREHOUSE.flatMap((text) => [{ text, category: 'notice' as const }, { text: `${text} 复核`, category: 'notice' as const }]),
    ...CHAT.map((text) => ({ text, category: 'personal' as const })),
  ];
  return trainNaiveBayes(examples);
}

describe('message analyzer', () => {
  it('lets the model learned from the user decide what the rules call other, and says so', () => {
    // The warehouse system texts from its office landline.
    const sender = '02584561234';
    const text = 'ZQX-790 批次 已 入库 B2 区';
    expect(createMessageAnalyzer()({ text, sender }).category).toBe('other');
    const analysis = createMessageAnalyzer({ model: labelledModel() })({ text, sender });
    expect(analysis).toMatchObject({ category: 'notice', categorySource: 'model' });
    expect(analysis.signals).toContainEqual({ code: 'learned_model', start: null, end: null });
  });

  it('does not let a weak model overrule a clear rule verdict', () => {
    const text = '【淘宝】验证码 382910，用于登录验证，5分钟内有效，请勿泄露给他人。';
    const analysis = createMessageAnalyzer({ model: labelledModel() })({ text, sender: '1069070555' });
    expect(analysis).toMatchObject({ category: 'verification_code', categorySource: 'rules' });
  });

  it("treats the user's own sent messages as personal, with no risk, but still finds details in them", () => {
    const analysis = createMessageAnalyzer({ profile: { name: '林晓峰' } })({
      text: '我叫林晓峰，身份证号32010619900517283X，我没有借过你们的钱',
      sender: '13700001111',
      direction: 'out',
    });
    expect(analysis).toMatchObject({ category: 'personal', risk: 0, signals: [] });
    expect(analysis.pii.map((p) => p.type)).toContain('resident_id');
    expect(analysis.mentions.map((m) => m.itemKey)).toContain('name');
  });

  it('analyses the start of a very long text and keeps every span inside it', () => {
    const long = '【某某金融】林晓峰您的借款已逾期，请点击 http://t.cn/A6x 处理。' + '很长的附言。'.repeat(5000);
    const analysis = createMessageAnalyzer({ profile: { name: '林晓峰' } })({ text: long, sender: '13700001111' });
    for (const s of [...analysis.signals, ...analysis.pii, ...analysis.mentions]) {
      if (s.start !== null) expect(s.end!).toBeLessThanOrEqual(ANALYSED_CHARS);
    }
    expect(analysis.category).not.toBe('other');
  });
});

describe('message analyzer with a model that knows the rules category', () => {
  it('overrules the rules when the user taught it otherwise for that kind of message', () => {
    // The user marks the texts of the shop they run as notices (new stock for them to check), not marketing.
    const shop = ['【晓峰小店】新品已到店，欢迎光临选购', '【晓峰小店】本周到货新品，欢迎来店选购', '【晓峰小店】感谢惠顾，新品九折，欢迎再次光临'];
    const ads = ['【某商城】双十一全场五折，点击抢购，回T退订', '【某商城】会员日满300减50，回T退订', '【某商城】新品上市，限时特价，回T退订'];
    const model = trainNaiveBayes([
      ...shop.flatMap((text) => Array.from({ length: 3 }, () => ({ text, category: 'notice' as const }))),
      ...ads.flatMap((text) => Array.from({ length: 3 }, () => ({ text, category: 'marketing' as const }))),
    ]);
    const text = '【晓峰小店】新品到货，欢迎来店选购';
    expect(createMessageAnalyzer()({ text, sender: '1069000000' }).category).toBe('marketing');
    const analysis = createMessageAnalyzer({ model })({ text, sender: '1069000000' });
    expect(analysis).toMatchObject({ category: 'notice', categorySource: 'model' });
    // An advert of the other shop stays an advert.
    expect(createMessageAnalyzer({ model })({ text: '【某商城】周年庆全场五折，回T退订', sender: '1069000000' }).category).toBe('marketing');
  });
});
