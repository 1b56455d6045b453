// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { pickSender, type HeaderLine } from '../../../src-main/core/ocr/header-sender';

/** A header line at scale 3: names are drawn about 17 points tall, labels and buttons smaller. */
const header = (text: string, confidence = 0.9, height = 51): HeaderLine => ({ text, confidence, height });

describe('pickSender', () => {
  it('takes a number shown with grouping spaces as its digits', () => {
    expect(pickSender([header('138 0013 8000')])).toEqual({ text: '13800138000', confidence: 0.9 });
  });

  it('keeps the plus of an international number and drops its punctuation', () => {
    expect(pickSender([header('+86 138-0013-8000')])?.text).toBe('+8613800138000');
    expect(pickSender([header('(021) 5888 1234')])?.text).toBe('02158881234');
  });

  it('reads short service numbers of five digits', () => {
    expect(pickSender([header('95588')])?.text).toBe('95588');
    expect(pickSender([header('1069 0000')])?.text).toBe('10690000');
  });

  it('prefers a number to a name on the same header', () => {
    const sender = pickSender([header('张经理'), header('+86 186 1234 5678', 0.8, 36)]);
    expect(sender).toEqual({ text: '+8618612345678', confidence: 0.8 });
  });

  it('picks the more legible of two numbers', () => {
    const sender = pickSender([header('138 0O13 8000', 0.4), header('138 0013 8000', 0.92)]);
    expect(sender?.text).toBe('13800138000');
  });

  it.each(['短信', 'Text Message', 'iMessage', '短信/彩信', 'SMS', '详情', '今天'])('does not take the app label "%s" for a name', (label) => {
    expect(pickSender([header(label)])).toBeNull();
  });

  it('takes the saved name over the app label beside it', () => {
    expect(pickSender([header('短信', 0.95, 36), header('王小明')])?.text).toBe('王小明');
  });

  it('strips the chevron that opens the contact card', () => {
    expect(pickSender([header('李华 >')])?.text).toBe('李华');
    expect(pickSender([header('< 李华')])?.text).toBe('李华');
    expect(pickSender([header('Emma Zhang ›')])?.text).toBe('Emma Zhang');
  });

  it('chooses the name over icon noise that OCR makes of the buttons', () => {
    const lines = [header('<', 0.95, 45), header('刘律师', 0.88), header('@ ©', 0.9, 45), header('%&#', 0.97, 45)];
    expect(pickSender(lines)).toEqual({ text: '刘律师', confidence: 0.88 });
  });

  it('prefers the larger line when two names are equally legible', () => {
    const sender = pickSender([header('中国移动', 0.9, 30), header('陈先生', 0.9, 60)]);
    expect(sender?.text).toBe('陈先生');
  });

  it('ignores names read with less than half confidence', () => {
    expect(pickSender([header('赵六', 0.45)])).toBeNull();
  });

  it('does not take an overlong line for a name', () => {
    expect(pickSender([header('尊敬的客户您好您的账单已出请及时还款以免影响您的信用记录')])).toBeNull();
  });

  it('does not take a figure inside a sentence showing through the header for the number', () => {
    expect(pickSender([header('用卡消费人民币 268 00 元，商', 0.97), header('95533 ›', 0.95, 26)])?.text).toBe('95533');
  });

  it('takes the name line over the "手机" subtitle under it', () => {
    expect(pickSender([header('催收 小刘', 0.9, 51), header('手机', 0.99, 36)])?.text).toBe('催收 小刘');
  });

  it('returns null for a header with nothing in it', () => {
    expect(pickSender([])).toBeNull();
    expect(pickSender([header('')])).toBeNull();
  });
});
