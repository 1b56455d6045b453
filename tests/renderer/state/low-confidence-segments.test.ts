// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { confidenceRuns } from '../../../src-renderer/state/low-confidence-segments';

const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('confidenceRuns', () => {
  it('marks the characters the engine doubted and keeps the rest as plain runs', () => {
    const text = '【平安普惠】您的借款已逾期3天，请今日还款';
    const runs = confidenceRuns(text, [[13, 14]]);
    expect(runs).toEqual([
      { text: '【平安普惠】您的借款已逾期', doubtful: false },
      { text: '3', doubtful: true },
      { text: '天，请今日还款', doubtful: false },
    ]);
  });

  it('merges overlapping and touching spans given in any order', () => {
    const text = 'Your code is 4821, valid 5 min';
    const runs = confidenceRuns(text, [[15, 17], [13, 15], [16, 18]]);
    expect(runs.filter((r) => r.doubtful).map((r) => r.text)).toEqual(['4821,']);
    expect(joined(runs)).toBe(text);
  });

  it('clamps spans to the text and drops empty or reversed ones', () => {
    const text = '张三的紧急联系人';
    const runs = confidenceRuns(text, [[6, 99], [3, 3], [5, 2]]);
    expect(runs).toEqual([
      { text: '张三的紧急联', doubtful: false },
      { text: '系人', doubtful: true },
    ]);
  });

  it('never splits an emoji between a marked and an unmarked run', () => {
    const text = '收到👍谢谢';
    const runs = confidenceRuns(text, [[3, 4]]);
    expect(runs).toEqual([
      { text: '收到', doubtful: false },
      { text: '👍', doubtful: true },
      { text: '谢谢', doubtful: false },
    ]);
  });

  it('gives one plain run when nothing was doubted', () => {
    expect(confidenceRuns('好的，明天见', [])).toEqual([{ text: '好的，明天见', doubtful: false }]);
  });
});
