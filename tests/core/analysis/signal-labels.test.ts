// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { SIGNAL_LABELS, signalLabel } from '../../../src-main/core/analysis/signal-labels';
import { SIGNAL_CODES } from '../../../src-main/core/model/analysis';

describe('signal labels', () => {
  it('has a Chinese and an English label for every signal code', () => {
    for (const code of SIGNAL_CODES) {
      expect(SIGNAL_LABELS[code]?.['zh-CN'], code).toMatch(/\S/);
      expect(SIGNAL_LABELS[code]?.en, code).toMatch(/\S/);
    }
  });
  it('has no labels for codes that do not exist', () => {
    expect(Object.keys(SIGNAL_LABELS).sort()).toEqual([...SIGNAL_CODES].sort());
  });
  it('writes the Chinese labels in Chinese', () => {
    for (const code of SIGNAL_CODES) expect(SIGNAL_LABELS[code]['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
  });
  it('looks a label up by locale', () => {
    expect(signalLabel('link', 'zh-CN')).toBe('含链接');
    expect(signalLabel('link', 'en')).toBe('Contains a link');
  });
});
