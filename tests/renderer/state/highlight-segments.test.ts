// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { MessageAnalysis } from '../../../src-main/ipc/contract';
import { highlightSegments, spansOfAnalysis, type MarkedSpan } from '../../../src-renderer/state/highlight-segments';

const COLLECTION = '【XX金融】林晓峰您已逾期3天，欠款5,200元，今日18点前不还将通知您的紧急联系人。';

function at(text: string, needle: string, kind: MarkedSpan['kind'], key: string): MarkedSpan {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length, kind, key };
}

function joined(text: string, spans: MarkedSpan[]): string {
  return highlightSegments(text, spans)
    .map((s) => s.text)
    .join('');
}

describe('highlightSegments', () => {
  it('returns the whole text as one plain run when nothing is marked', () => {
    expect(highlightSegments(COLLECTION, [])).toEqual([{ start: 0, end: COLLECTION.length, text: COLLECTION, kinds: [], keys: [] }]);
  });

  it('marks a profile mention and a signal without losing or repeating a character', () => {
    const spans = [at(COLLECTION, '林晓峰', 'mention', 'mention:0'), at(COLLECTION, '通知您的紧急联系人', 'signal', 'signal:0')];
    const segments = highlightSegments(COLLECTION, spans);
    expect(segments.map((s) => s.text).join('')).toBe(COLLECTION);
    expect(segments.filter((s) => s.kinds.length > 0).map((s) => [s.text, s.kinds])).toEqual([
      ['林晓峰', ['mention']],
      ['通知您的紧急联系人', ['signal']],
    ]);
  });

  it('splits overlapping spans into runs that carry every covering key', () => {
    // The amount is a personal detail inside the longer overdue signal.
    const spans = [at(COLLECTION, '已逾期3天，欠款5,200元', 'signal', 'signal:1'), at(COLLECTION, '5,200元', 'pii', 'pii:0')];
    const marked = highlightSegments(COLLECTION, spans).filter((s) => s.kinds.length > 0);
    expect(marked.map((s) => [s.text, s.kinds, s.keys])).toEqual([
      ['已逾期3天，欠款', ['signal'], ['signal:1']],
      ['5,200元', ['signal', 'pii'], ['signal:1', 'pii:0']],
    ]);
    expect(joined(COLLECTION, spans)).toBe(COLLECTION);
  });

  it('keeps identical spans of two kinds in one run', () => {
    const name = at(COLLECTION, '林晓峰', 'pii', 'pii:3');
    const mention = { ...name, kind: 'mention' as const, key: 'mention:0' };
    const marked = highlightSegments(COLLECTION, [mention, name]).filter((s) => s.kinds.length > 0);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ text: '林晓峰', kinds: ['pii', 'mention'], keys: ['pii:3', 'mention:0'] });
  });

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const text = '点击领取🎁红包 t.cn/A6xYz';
    const gift = text.indexOf('🎁');
    // A span ending between the two halves of 🎁 and one starting there.
    const spans: MarkedSpan[] = [
      { start: 0, end: gift + 1, kind: 'signal', key: 'signal:0' },
      { start: gift + 1, end: text.length, kind: 'pii', key: 'pii:0' },
    ];
    const segments = highlightSegments(text, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const segment of segments) expect(segment.text, segment.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(segments.find((s) => s.text.includes('🎁'))?.keys).toEqual(['signal:0', 'pii:0']);
  });

  it('clamps spans that run past the text and drops empty or inverted ones', () => {
    const text = '您的验证码是 482913，5分钟内有效。';
    const spans: MarkedSpan[] = [
      { start: 7, end: 999, kind: 'signal', key: 'signal:0' },
      { start: 3, end: 3, kind: 'pii', key: 'pii:0' },
      { start: 9, end: 4, kind: 'pii', key: 'pii:1' },
      { start: -5, end: 2, kind: 'mention', key: 'mention:0' },
    ];
    const segments = highlightSegments(text, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toMatchObject({ start: 0, end: 2, keys: ['mention:0'] });
    expect(segments[segments.length - 1]).toMatchObject({ end: text.length, keys: ['signal:0'] });
    expect(segments.flatMap((s) => s.keys)).not.toContain('pii:0');
    expect(segments.flatMap((s) => s.keys)).not.toContain('pii:1');
  });

  it('returns nothing for an empty body', () => {
    expect(highlightSegments('', [{ start: 0, end: 3, kind: 'pii', key: 'pii:0' }])).toEqual([]);
  });
});

describe('spansOfAnalysis', () => {
  it('keys spans by their index in the analysis and leaves sender-based signals out', () => {
    const analysis: MessageAnalysis = {
      category: 'debt_collection',
      categorySource: 'rules',
      risk: 0.92,
      signals: [
        { code: 'sender_mobile', start: null, end: null },
        { code: 'threat_expose_contacts', start: 27, end: 36 },
      ],
      pii: [{ type: 'amount', value: '5,200元', start: 15, end: 21, score: 0.9 }],
      mentions: [{ itemKey: 'name', value: '林晓峰', start: 6, end: 9, matchKind: 'exact', score: 1 }],
    };
    expect(spansOfAnalysis(analysis)).toEqual([
      { start: 27, end: 36, kind: 'signal', key: 'signal:1' },
      { start: 15, end: 21, kind: 'pii', key: 'pii:0' },
      { start: 6, end: 9, kind: 'mention', key: 'mention:0' },
    ]);
    expect(spansOfAnalysis(null)).toEqual([]);
  });
});
