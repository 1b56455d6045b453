// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { NaiveBayes, NaiveBayesData, trainNaiveBayes } from '../../../src-main/core/learning/naive-bayes';
import { textFeatures } from '../../../src-main/core/learning/text-features';

const EXAMPLES = [
  { text: '【顺丰速运】您的快递已到达中山路驿站，取件码 3-2-1456', category: 'notice' as const },
  { text: '【中通快递】包裹已放至鼓楼菜鸟驿站，凭取件码 8-1-2201 领取', category: 'notice' as const },
  { text: '【韵达快递】您的包裹已到达新街口驿站，取件码 5-5-0912', category: 'notice' as const },
  { text: '老王，周末一起去钓鱼吗？带上你家小孩', category: 'personal' as const },
  { text: '晚上回来吃饭吗？我买了鱼', category: 'personal' as const },
  { text: '明天早上八点在单位门口等你', category: 'personal' as const },
];

describe('text features', () => {
  it('splits Chinese into character bigrams and collapses digit runs to their length', () => {
    expect(textFeatures('取件码1456')).toEqual(['取件', '件码', '#4']);
  });

  it('lower-cases Latin words and keeps punctuation as its own feature', () => {
    expect(textFeatures('Call NOW!')).toEqual(['call', 'now', '!']);
  });
});

describe('naive Bayes learned from the user', () => {
  it('puts an unseen delivery notice with the deliveries it learned', () => {
    const model = new NaiveBayes(trainNaiveBayes(EXAMPLES));
    const p = model.predict('【申通快递】您的包裹已到达城南驿站，取件码 2-4-7781');
    expect(p?.category).toBe('notice');
    expect(p!.probability).toBeGreaterThan(0.9);
  });

  it('puts unseen chat with the chat it learned', () => {
    const model = new NaiveBayes(trainNaiveBayes(EXAMPLES));
    expect(model.predict('周末回来吃饭吗？')?.category).toBe('personal');
  });

  it('has no opinion on text that shares nothing with what it learned', () => {
    const model = new NaiveBayes(trainNaiveBayes(EXAMPLES));
    expect(model.predict('zzz')).toBeNull();
  });

  it('has no opinion with fewer than two categories learned', () => {
    const model = new NaiveBayes(trainNaiveBayes(EXAMPLES.filter((e) => e.category === 'notice')));
    expect(model.predict('取件码 1234')).toBeNull();
  });

  it('survives a round trip through its stored JSON form', () => {
    const data = trainNaiveBayes(EXAMPLES);
    const back = NaiveBayesData.parse(JSON.parse(JSON.stringify(data)));
    expect(new NaiveBayes(back).predict('包裹已到达驿站')).toEqual(new NaiveBayes(data).predict('包裹已到达驿站'));
  });

  it('caps its vocabulary', () => {
    const data = trainNaiveBayes(EXAMPLES, 10);
    expect(Object.keys(data.counts)).toHaveLength(10);
  });
});
