// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { addressParts } from '../../../src-main/core/profile/address-parts';

describe('addressParts', () => {
  it('finds the district onward and the road with its number', () => {
    expect(addressParts('南京市鼓楼区中山路100号')).toEqual([
      { text: '鼓楼区中山路100号', score: 0.85 },
      { text: '中山路100号', score: 0.7 },
    ]);
  });

  it('finds the compound after the road and keeps building and room with the road', () => {
    expect(addressParts('北京市朝阳区建国路88号SOHO现代城5号楼1203室').map((p) => p.text)).toEqual([
      '朝阳区建国路88号SOHO现代城5号楼1203室',
      '建国路88号SOHO现代城5号楼1203室',
      '建国路88号',
      '现代城',
    ]);
  });

  it('finds a compound when there is no road', () => {
    expect(addressParts('江苏省南京市鼓楼区湖南路街道金域蓝湾小区5栋1203室').map((p) => p.text)).toEqual([
      '鼓楼区湖南路街道金域蓝湾小区5栋1203室',
      '金域蓝湾小区',
    ]);
  });

  it('returns nothing for an address that is only a city and district', () => {
    expect(addressParts('南京市鼓楼区')).toEqual([]);
  });
});
