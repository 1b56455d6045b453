// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src-main/ipc/contract';
import { draftFromProfile, draftProblems, emptyDraft, profileFromDraft, withoutRow } from '../../../src-renderer/state/profile-draft';

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


describe('withoutRow', () => {
  it('removes one row and leaves a blank row instead of an empty list', () => {
    expect(withoutRow(['a', 'b', 'c'], 1, () => '')).toEqual(['a', 'c']);
    expect(withoutRow([{ name: '林建国', relation: '父亲' }], 0, () => ({ name: '', relation: '' }))).toEqual([{ name: '', relation: '' }]);
  });
});
