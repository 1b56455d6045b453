// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Profile } from '../../../src-main/core/model/profile';
import { maskProfileValue, profileItems } from '../../../src-main/core/profile/profile-items';

const demo = Profile.parse(JSON.parse(readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8')));

describe('profileItems', () => {
  it('lists every item of the demo profile with the keys mentions use', () => {
    expect(profileItems(demo).map((i) => [i.key, i.type])).toEqual([
      ['name', 'name'],
      ['phones.0', 'phone'],
      ['id_number', 'id_number'],
      ['bank_cards.0', 'bank_card'],
      ['address', 'address'],
      ['employer', 'employer'],
      ['relatives.0', 'relative'],
      ['relatives.1', 'relative'],
      ['relatives.2', 'relative'],
      ['others.0', 'other'],
    ]);
  });

  it('labels relatives with relation and name, others with their own label', () => {
    const items = profileItems(demo);
    expect(items.find((i) => i.key === 'relatives.0')).toEqual({ key: 'relatives.0', type: 'relative', label: '父亲 林建国', value: '林建国' });
    expect(items.find((i) => i.key === 'others.0')).toEqual({ key: 'others.0', type: 'other', label: '同事', value: '周明' });
  });

  it('numbers the labels of repeated items and names a relative without relation', () => {
    const items = profileItems({ phones: ['13912345678', '13800138000'], relatives: [{ name: '王芳' }] });
    expect(items.map((i) => i.label)).toEqual(['手机号 1', '手机号 2', '亲属 王芳']);
  });

  it('returns nothing for an empty profile', () => {
    expect(profileItems({})).toEqual([]);
  });
});

describe('maskProfileValue', () => {
  it('masks names keeping the surname and the last character', () => {
    expect(maskProfileValue('name', '林晓峰')).toBe('林*峰');
    expect(maskProfileValue('name', '张伟')).toBe('张*');
    expect(maskProfileValue('relative', '欧阳娜娜')).toBe('欧阳*娜');
    expect(maskProfileValue('name', 'John Smith')).toBe('J*** S****');
  });

  it('masks numbers the way Chinese institutions print them', () => {
    expect(maskProfileValue('phone', '13912345678')).toBe('139****5678');
    expect(maskProfileValue('id_number', '32010619900517283x')).toBe('3201**********283X');
    expect(maskProfileValue('bank_card', '6214 8360 2571 8848')).toBe('**** 8848');
  });

  it('keeps the city of an address and the start of an employer', () => {
    expect(maskProfileValue('address', '南京市鼓楼区中山路100号')).toBe('南京市****');
    expect(maskProfileValue('address', '江苏省南京市鼓楼区中山路100号')).toBe('江苏省南京市****');
    expect(maskProfileValue('employer', '南京某某贸易有限公司')).toBe('南京***');
  });

  it('never shows a value whole, even a short one', () => {
    for (const [type, value] of [['name', '周'], ['phone', '110'], ['other', '周明'], ['employer', '某厂']] as const) {
      expect(maskProfileValue(type, value), value).not.toBe(value);
    }
  });

  it('never shows the whole of an other item', () => {
    expect(maskProfileValue('other', '周明')).toBe('周*');
    expect(maskProfileValue('other', 'A')).toBe('*');
  });
});
