// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { messageLines, parseTesseractTsv, similarity } from './native-lines';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (block: number, line: number, n: number, left: number, top: number, width: number, text: string) =>
  ['5', '1', String(block), '1', String(line), String(n), String(left), String(top), String(width), '30', '90', text].join('\t');

const TSV = [
  HEADER,
  ['4', '1', '1', '1', '1', '0', '40', '20', '100', '30', '-1', ''].join('\t'),
  word(1, 1, 1, 40, 20, 60, '21:08'),
  word(2, 1, 1, 300, 200, 200, '13800138000'),
  word(3, 1, 1, 320, 400, 80, '昨天'),
  word(3, 1, 2, 410, 400, 80, '22:51'),
  word(4, 1, 1, 60, 480, 300, '逾期金额：6,730.00元'),
  word(4, 2, 1, 60, 530, 300, '逾期天数：21天'),
  word(5, 1, 1, 600, 700, 200, '好的，我知道了'),
  word(6, 1, 1, 60, 1500, 100, '短信'),
].join('\n');

describe('native tesseract lines', () => {
  it('groups TSV words into lines with their boxes', () => {
    const lines = parseTesseractTsv(TSV);
    expect(lines.map((l) => l.text)).toEqual(['21:08', '13800138000', '昨天 22:51', '逾期金额：6,730.00元', '逾期天数：21天', '好的，我知道了', '短信']);
    expect(lines[2]?.box).toEqual({ x: 320, y: 400, width: 170, height: 30 });
  });

  it('keeps only message lines: drops status bar, header, time lines and input bar', () => {
    const kept = messageLines(parseTesseractTsv(TSV), {
      bubbles: [
        { box: { x: 40, y: 380, width: 500, height: 200 }, partial: false },
        { box: { x: 580, y: 680, width: 260, height: 80 }, partial: false },
      ],
      separators: ['昨天 22:51'],
      sender: '13800138000',
    });
    expect(kept.map((l) => l.text)).toEqual(['逾期金额：6,730.00元', '逾期天数：21天', '好的，我知道了']);
  });

  it('drops the lines of a bubble cut off by the screen edge', () => {
    const kept = messageLines(parseTesseractTsv(TSV), {
      bubbles: [
        { box: { x: 40, y: 470, width: 500, height: 40 }, partial: true },
        { box: { x: 40, y: 520, width: 500, height: 60 }, partial: false },
      ],
      separators: [],
      sender: 'x',
    });
    expect(kept.map((l) => l.text)).toEqual(['逾期天数：21天']);
  });

  it('rates a slightly misread time line as similar to the separator', () => {
    expect(similarity('昨 天 22:5l', '昨天 22:51')).toBeGreaterThanOrEqual(0.6);
    expect(similarity('逾期金额：6,730.00元', '昨天 22:51')).toBeLessThan(0.6);
  });
});
