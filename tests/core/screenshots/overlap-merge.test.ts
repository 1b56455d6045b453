// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { comparableText, mergeOverlaps, textSimilarity } from '../../../src-main/core/screenshots/overlap-merge';
import { bubble, code, contact, overdue, reply, T1, T2, threat } from './review-builders';



describe('mergeOverlaps', () => {
  it('stores the bubbles two overlapping shots both show once, despite OCR noise', () => {
    const first = [bubble(overdue, T1), bubble(contact, T1), bubble(reply, T1, { direction: 'out' })];
    // The second shot misreads 人 as 入 and drops a comma; the separator above scrolled away.
    const second = [
      bubble('王先生，您作为赵磊的紧急联系人，请转告他尽快还款否则我们将联系他的单位和家入。', null),
      bubble(reply, null, { direction: 'out' }),
      bubble(threat, T2),
    ];
    const merged = mergeOverlaps([first, second]);
    expect(merged.map((m) => m.message.text)).toEqual([overdue, contact, reply, threat]);
    expect(merged[1]!.appearances).toEqual([
      { shot: 0, index: 1 },
      { shot: 1, index: 0 },
    ]);
    expect(merged[3]!.appearances).toEqual([{ shot: 1, index: 2 }]);
  });

  it('gives a bubble without a time in the later shot the time the earlier shot showed above it', () => {
    const first = [bubble(overdue, T1), bubble(contact, T1)];
    const second = [bubble(overdue, null), bubble(contact, null), bubble(threat, T2)];
    const merged = mergeOverlaps([first, second]);
    expect(merged).toHaveLength(3);
    expect(merged[1]!.timed?.time).toBe(T1);
    expect(merged[1]!.timed?.time_text).toBe('13:09');
  });

  it('keeps the whole reading when the next shot cuts the bubble at its top edge', () => {
    const first = [bubble(reply, T1, { direction: 'out' }), bubble(overdue, T1)];
    // Only the last line of the long bubble is on screen at the top of the next shot.
    const second = [bubble('今天下午5点前必须处理，否则将上门走访。', null, { partial: true }), bubble(threat, T2)];
    const merged = mergeOverlaps([first, second]);
    expect(merged.map((m) => m.message.text)).toEqual([reply, overdue, threat]);
    expect(merged[1]!.kept).toEqual({ shot: 0, index: 1 });
  });

  it('takes the whole bubble from the next shot when the earlier shot cut it at the bottom', () => {
    const first = [bubble(overdue, T1), bubble('王先生，您作为赵磊的紧急联系人，请转', T1)];
    const second = [bubble(contact, null), bubble(reply, null, { direction: 'out' })];
    const merged = mergeOverlaps([first, second]);
    expect(merged.map((m) => m.message.text)).toEqual([overdue, contact, reply]);
    expect(merged[1]!.kept).toEqual({ shot: 1, index: 0 });
    expect(merged[1]!.timed?.time).toBe(T1);
  });

  it('keeps the same code texted twice when the repeat is not at the seam', () => {
    const first = [bubble(code, T1), bubble(overdue, T1), bubble(contact, T1)];
    const second = [bubble(contact, null), bubble(code, T2)];
    const merged = mergeOverlaps([first, second]);
    expect(merged.map((m) => m.message.text)).toEqual([code, overdue, contact, code]);
  });

  it('does not merge identical texts at the seam whose separators show different times', () => {
    const first = [bubble(overdue, T1), bubble(code, T1)];
    const second = [bubble(code, T2), bubble(threat, T2)];
    expect(mergeOverlaps([first, second]).map((m) => m.message.text)).toEqual([overdue, code, code, threat]);
  });

  it('does not take one short reply at the seam as an overlap', () => {
    const first = [bubble(overdue, T1), bubble('好的', T1, { direction: 'out' })];
    const second = [bubble('好的', null, { direction: 'out' }), bubble(threat, T2)];
    expect(mergeOverlaps([first, second])).toHaveLength(4);
  });

  it('takes one long bubble at the seam as an overlap', () => {
    const first = [bubble(reply, T1, { direction: 'out' }), bubble(overdue, T1)];
    const second = [bubble(overdue, null), bubble(threat, T2)];
    expect(mergeOverlaps([first, second]).map((m) => m.message.text)).toEqual([reply, overdue, threat]);
  });

  it('does not merge an incoming and an outgoing bubble with the same text', () => {
    const first = [bubble(reply, T1), bubble(contact, T1)];
    const second = [bubble(reply, null, { direction: 'out' }), bubble(contact, null, { direction: 'out' })];
    expect(mergeOverlaps([first, second])).toHaveLength(4);
  });

  it('chains three shots and prefers the reading the user corrected', () => {
    const first = [bubble(overdue, T1), bubble(contact, T1)];
    const second = [
      bubble(contact, null, { recognized_text: '王先生，您作为赵磊的紧急联系人，请转告他尽快还款，否则我们将联系他的单位和家入。' }),
      bubble(reply, null, { direction: 'out' }),
    ];
    const third = [bubble(reply, null, { direction: 'out' }), bubble(threat, T2), bubble(code, T2)];
    const merged = mergeOverlaps([first, [], second, third]);
    expect(merged.map((m) => m.message.text)).toEqual([overdue, contact, reply, threat, code]);
    expect(merged[1]!.kept).toEqual({ shot: 2, index: 0 });
    expect(merged[2]!.appearances.map((a) => a.shot)).toEqual([2, 3]);
  });

  it('appends a shot that shares nothing with the one before', () => {
    const merged = mergeOverlaps([[bubble(overdue, T1)], [bubble(threat, T2)]]);
    expect(merged.map((m) => m.appearances)).toEqual([[{ shot: 0, index: 0 }], [{ shot: 1, index: 0 }]]);
  });
});

describe('text comparison', () => {
  it('ignores spaces, punctuation and full-width forms', () => {
    expect(comparableText('验证码 ３８２９１０， 请勿泄露!')).toBe('验证码382910请勿泄露');
  });

  it('rates one misread character in a long bubble above 0.85 and a different bubble far below', () => {
    expect(textSimilarity(comparableText(overdue), comparableText(overdue.replace('逾期', '逾朝')))).toBeGreaterThan(0.85);
    expect(textSimilarity(comparableText(overdue), comparableText(threat))).toBeLessThan(0.5);
  });
});
