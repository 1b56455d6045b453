// SPDX-License-Identifier: MIT
import type { Block, Line, Page, Word } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { recognizedLines, recognizedText } from '../../../src-main/core/ocr/recognized-text';

const BOX = { x0: 0, y0: 0, x1: 10, y1: 10 };

/** A word as tesseract reports it: one symbol per character, each with its confidence (default 95). */
function word(text: string, confidences: readonly number[] = []): Word {
  const symbols = [...text].map((ch, i) => ({
    text: ch,
    confidence: confidences[i] ?? 95,
    bbox: BOX,
    is_superscript: false,
    is_subscript: false,
    is_dropcap: false,
  }));
  const confidence = symbols.reduce((a, s) => a + s.confidence, 0) / Math.max(1, symbols.length);
  return { symbols, choices: [], text, confidence, bbox: BOX, font_name: '' };
}

/** Glyphs are 30 px wide on a 30 px line; a gap before a word this wide or wider is a real space. */
const GLYPH = 30;
const SPACE = 20;

/** A line of words laid out left to right, 2 px apart (a break tesseract makes between CJK glyphs) or `SPACE` apart after a word marked with a trailing space in `gaps`. */
function line(...words: Word[]): Line {
  let x = 0;
  const placed = words.map((w) => {
    const gap = spaced.has(w) ? SPACE : 2;
    const x0 = x === 0 ? 0 : x + gap;
    const x1 = x0 + GLYPH * [...w.text].length;
    x = x1;
    return { ...w, bbox: { x0, y0: 0, x1, y1: GLYPH } };
  });
  return {
    words: placed,
    text: words.map((w) => w.text).join(' '),
    confidence: 90,
    baseline: BOX,
    rowAttributes: { ascenders: 0, descenders: 0, rowHeight: 0 },
    bbox: { x0: 0, y0: 0, x1: x, y1: GLYPH },
  };
}

/** Words drawn with a visible gap before them. */
const spaced = new WeakSet<Word>();
function afterGap(w: Word): Word {
  spaced.add(w);
  return w;
}

function block(...lines: Line[]): Block {
  const paragraph = { lines, text: '', confidence: 90, bbox: BOX, is_ltr: true };
  return { paragraphs: [paragraph], text: '', confidence: 90, bbox: BOX, blocktype: 'FLOWING_TEXT', page: null as unknown as Page };
}

/** A line of Chinese as the chi_sim model reads it: every character its own word. */
const chars = (text: string, confidences: readonly number[] = []) => [...text].map((ch, i) => word(ch, [confidences[i] ?? 95]));

describe('recognizedText', () => {
  it('joins Chinese characters that tesseract separated into words', () => {
    const read = recognizedText([block(line(...chars('您的借款已逾期，请尽快还款。')))]);
    expect(read.text).toBe('您的借款已逾期，请尽快还款。');
  });

  it('keeps the spaces between English words', () => {
    const read = recognizedText([block(line(word('Your'), word('verification'), word('code'), word('is'), word('482913')))]);
    expect(read.text).toBe('Your verification code is 482913');
  });

  it('joins soft-wrapped Chinese lines without a break or a space', () => {
    const read = recognizedText([block(line(...chars('【招商银行】您尾号')), line(...chars('的信用卡本期账单')))]);
    expect(read.text).toBe('【招商银行】您尾号的信用卡本期账单');
  });

  it('puts one space between wrapped lines only where a Latin word or number meets another', () => {
    const english = recognizedText([block(line(word('Reply'), word('TD')), line(word('to'), word('unsubscribe')))]);
    expect(english.text).toBe('Reply TD to unsubscribe');
    const digits = recognizedText([block(line(...chars('请拨打'), word('95555')), line(word('8888'), ...chars('咨询')))]);
    expect(digits.text).toBe('请拨打95555 8888咨询');
    const mixed = recognizedText([block(line(...chars('登录'), word('https://t.cn/A6xQ2b')), line(...chars('查看详情')))]);
    expect(mixed.text).toBe('登录 https://t.cn/A6xQ2b查看详情');
  });

  it('drops lone strokes that tesseract reads from a bubble edge', () => {
    const read = recognizedText([block(line(word('|'), ...chars('明天上午十点前还款'), word('_')), line(word('||'), ...chars('否则上门'), word('~')))]);
    expect(read.text).toBe('明天上午十点前还款否则上门');
  });

  it('keeps a stroke that is part of a longer word', () => {
    const read = recognizedText([block(line(word('user_name'), word('a|b')))]);
    expect(read.text).toBe('user_name a|b');
  });

  it('maps low-confidence characters to their offsets in the cleaned text', () => {
    // "验证码 6 8 3 1" once cleaned is "验证码6831": the two doubtful digits are offsets 4 and 5.
    const read = recognizedText([block(line(...chars('您的验证码'), word('6'), word('8', [41]), word('3', [55]), word('1'), ...chars('，五分钟内有效')))]);
    expect(read.text).toBe('您的验证码6831，五分钟内有效');
    expect(read.lowConfidence).toEqual([[6, 8]]);
    expect(read.text.slice(6, 8)).toBe('83');
  });

  it('keeps low-confidence spans in place after the line break and leading noise are removed', () => {
    const read = recognizedText([block(line(word('|'), ...chars('张三欠款')), line(...chars('未还', [95, 30]), ...chars('，请转告')))]);
    expect(read.text).toBe('张三欠款未还，请转告');
    expect(read.lowConfidence).toEqual([[5, 6]]);
    expect(read.text[5]).toBe('还');
  });

  it('reports the mean confidence of the characters, from 0 to 1', () => {
    const read = recognizedText([block(line(...chars('今晚八点', [90, 80, 70, 60])))]);
    expect(read.confidence).toBeCloseTo(0.75, 5);
    expect(read.lowConfidence).toEqual([[3, 4]]);
  });

  it('does not count the spaces it inserts toward the confidence', () => {
    const read = recognizedText([block(line(word('OK', [50, 50]), word('bye', [50, 50, 50])))]);
    expect(read.text).toBe('OK bye');
    expect(read.confidence).toBeCloseTo(0.5, 5);
    expect(read.lowConfidence).toEqual([[0, 2], [3, 6]]);
  });

  it('uses the word text and confidence when tesseract gives no symbols', () => {
    const bare: Word = { ...word('TD'), symbols: [], confidence: 40 };
    const read = recognizedText([block(line(word('回复'), bare, word('退订')))]);
    expect(read.text).toBe('回复 TD 退订');
    expect(read.lowConfidence).toEqual([[3, 5]]);
    expect(read.confidence).toBeCloseTo((95 * 4 + 40 * 2) / 6 / 100, 5);
  });

  it('keeps the space in a label such as "昨天 09:41" while removing it in a message', () => {
    const blocks = [block(line(word('昨天'), afterGap(word('09:41'))))];
    expect(recognizedText(blocks, 'label').text).toBe('昨天 09:41');
    expect(recognizedText(blocks, 'message').text).toBe('昨天09:41');
  });

  it('removes the spaces between Chinese characters in a label', () => {
    const read = recognizedText([block(line(...chars('中国移动')))], 'label');
    expect(read.text).toBe('中国移动');
  });

  it('keeps a space a label shows as a gap between Chinese words, as in a saved name "催收 小刘"', () => {
    const [a, b, c, d] = chars('催收小刘');
    expect(recognizedText([block(line(a!, b!, afterGap(c!), d!))], 'label').text).toBe('催收 小刘');
  });

  it('gives each line of a header piece apart, with its height', () => {
    const lines = recognizedLines([block(line(...chars('王律师')), line(...chars('手机')))]);
    expect(lines.map((l) => [l.text, l.height])).toEqual([
      ['王律师', GLYPH],
      ['手机', GLYPH],
    ]);
  });

  it('returns empty text with zero confidence when nothing was read', () => {
    expect(recognizedText(null)).toEqual({ text: '', confidence: 0, lowConfidence: [] });
    expect(recognizedText([block(line(word('|')), line())])).toEqual({ text: '', confidence: 0, lowConfidence: [] });
  });
});
