// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { canonicalProfileJson, profileFingerprint } from '../../../src-main/core/profile/profile-fingerprint';

describe('profileFingerprint', () => {
  it('is a sha256 hex digest', () => {
    expect(profileFingerprint({ name: '林晓峰' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order and the spelling of numbers', () => {
    const a = profileFingerprint({ name: '林晓峰', phones: ['13912345678'], id_number: '32010619900517283X', bank_cards: ['6214836025718848'] });
    const b = profileFingerprint({ bank_cards: ['6214 8360 2571 8848'], id_number: '32010619900517283x', phones: ['+86 139-1234-5678'], name: ' 林晓峰 ' });
    expect(b).toBe(a);
  });

  it('treats an empty list as an absent one', () => {
    expect(profileFingerprint({ name: '林晓峰', phones: [] })).toBe(profileFingerprint({ name: '林晓峰' }));
  });

  it('changes when any value or the order of a list changes', () => {
    const base = { name: '林晓峰', relatives: [{ name: '林建国', relation: '父亲' }, { name: '王秀兰', relation: '母亲' }] };
    const fp = profileFingerprint(base);
    expect(profileFingerprint({ ...base, name: '林晓雨' })).not.toBe(fp);
    expect(profileFingerprint({ ...base, relatives: [...base.relatives].reverse() })).not.toBe(fp);
    expect(profileFingerprint({ ...base, relatives: [{ name: '林建国' }, base.relatives[1]!] })).not.toBe(fp);
  });

  it('writes keys sorted at every level', () => {
    expect(canonicalProfileJson({ relatives: [{ relation: '父亲', name: '林建国' }], name: '林晓峰' })).toBe(
      '{"name":"林晓峰","relatives":[{"name":"林建国","relation":"父亲"}]}',
    );
  });
});
