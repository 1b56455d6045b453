// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { maskCitedText } from '../../../src-main/core/report/mask-cited-text';
import type { ProfileItem } from '../../../src-main/core/model/profile';

const ITEMS: ProfileItem[] = [
  { key: 'name', type: 'name', label: '姓名', value: '林晓峰' },
  { key: 'id_number', type: 'id_number', label: '身份证号', value: '32010619900517283X' },
  { key: 'bank_cards.0', type: 'bank_card', label: '银行卡', value: '6214836025718848' },
  { key: 'relatives.0', type: 'relative', label: '父亲 林建国', value: '林建国' },
];

describe('masking the user\'s details in cited messages', () => {
  it('masks a whole value at its mention span', () => {
    const text = '林晓峰，你身份证32010619900517283X已上报征信';
    expect(maskCitedText(text, [{ itemKey: 'name', start: 0, end: 3 }, { itemKey: 'id_number', start: 8, end: 26 }], ITEMS)).toBe(
      '林*峰，你身份证3201**********283X已上报征信',
    );
  });

  it('keeps a form the sender already masked as they wrote it', () => {
    const text = '【速借宝】林**先生，您尾号8848的银行卡扣款失败';
    const spans = [
      { itemKey: 'name', start: 5, end: 8 },
      { itemKey: 'bank_cards.0', start: 14, end: 18 },
    ];
    expect(maskCitedText(text, spans, ITEMS)).toBe('【速借宝】林**先生，您尾号**** 8848的银行卡扣款失败');
  });

  it('masks values the analysis stored no span for', () => {
    expect(maskCitedText('已联系你父亲林建国，地址已核实', [], ITEMS)).toBe('已联系你父亲林*国，地址已核实');
  });

  it('ignores spans of unknown items or past the end of the text', () => {
    const text = '您的验证码是 482913';
    expect(maskCitedText(text, [{ itemKey: 'others.9', start: 0, end: 3 }, { itemKey: 'name', start: 5, end: 40 }], ITEMS)).toBe(text);
  });
});
