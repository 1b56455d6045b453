// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src-main/ipc/contract';
import { draftFromProfile, draftProblems, emptyDraft, maskForDisplay, profileFromDraft } from '../../../src-renderer/state/profile-draft';

const DEMO = JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/demo/demo-profile.json'), 'utf8')) as Profile;

describe('profile draft', () => {
  it('round-trips the demo profile unchanged', () => {
    expect(profileFromDraft(draftFromProfile(DEMO))).toEqual(DEMO);
  });

  it('offers one blank row in each list of an empty profile and saves it as an empty profile', () => {
    const draft = draftFromProfile({});
    expect(draft.phones).toEqual(['']);
    expect(draft.relatives).toEqual([{ name: '', relation: '' }]);
    expect(profileFromDraft(draft)).toEqual({});
    expect(profileFromDraft(emptyDraft())).toEqual({});
  });

  it('trims values and leaves out blank rows and a blank relation', () => {
    const draft = {
      ...emptyDraft(),
      name: '  林晓峰 ',
      phones: ['', ' 139 1234 5678 ', '  '],
      relatives: [
        { name: '林建国', relation: ' ' },
        { name: '', relation: '' },
      ],
      others: [{ label: '同事', value: ' 周明 ' }],
    };
    expect(profileFromDraft(draft)).toEqual({
      name: '林晓峰',
      phones: ['139 1234 5678'],
      relatives: [{ name: '林建国' }],
      others: [{ label: '同事', value: '周明' }],
    });
  });

  it('reports half-filled relatives and other items before saving', () => {
    const draft = {
      ...emptyDraft(),
      relatives: [{ name: '', relation: '母亲' }],
      others: [
        { label: '车牌', value: '' },
        { label: '', value: '苏A12345' },
      ],
    };
    expect(draftProblems(draft)).toEqual([
      { field: 'relatives', index: 0, missing: 'name' },
      { field: 'others', index: 0, missing: 'value' },
      { field: 'others', index: 1, missing: 'label' },
    ]);
    expect(draftProblems(draftFromProfile(DEMO))).toEqual([]);
  });
});

describe('maskForDisplay', () => {
  it('masks each kind of item so that only a hint of it shows', () => {
    expect(maskForDisplay('name', '林晓峰')).toBe('林**');
    expect(maskForDisplay('phone', '13912345678')).toBe('139****5678');
    expect(maskForDisplay('id_number', '32010619900517283X')).toBe('3201**********283X');
    expect(maskForDisplay('bank_card', '6214836025718848')).toBe('**** 8848');
    expect(maskForDisplay('address', '南京市鼓楼区中山路100号')).toBe('南京市******');
    expect(maskForDisplay('relative', '林建国')).toBe('林**');
  });

  it('never shows a value whole, even a short one', () => {
    for (const [type, value] of [['name', '周'], ['phone', '110'], ['other', '周明'], ['employer', '某厂']] as const) {
      expect(maskForDisplay(type, value), value).not.toBe(value);
    }
  });
});
