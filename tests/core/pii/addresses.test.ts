// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findAddresses } from '../../../src-main/core/pii/addresses';

function addresses(text: string): string[] {
  const out: PiiFinding[] = [];
  findAddresses(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => f.value);
}

describe('Chinese addresses', () => {
  it('reads a city-district-road-number address after a verb of going', () => {
    expect(addresses('安排外访人员上门至南京市鼓楼区中山路100号核实情况')).toEqual(['南京市鼓楼区中山路100号']);
  });

  it('reads down to building and room', () => {
    expect(addresses('地址：朝阳区建国路88号SOHO现代城5号楼1203室，请查收')).toEqual(['朝阳区建国路88号SOHO现代城5号楼1203室']);
    expect(addresses('住在阳光花园5栋2单元301室')).toEqual(['阳光花园5栋2单元301室']);
  });

  it('reads province, city and district', () => {
    expect(addresses('户籍：江苏省南京市鼓楼区')).toEqual(['江苏省南京市鼓楼区']);
  });

  it('reads a road and number on their own', () => {
    expect(addresses('包裹已到宁海路52号菜鸟驿站')).toEqual(['宁海路52号']);
  });

  it('ignores a district mentioned alone and roads without a number', () => {
    expect(addresses('【链家】鼓楼区精品两居新房源上线')).toEqual([]);
    expect(addresses('祝您一路顺风')).toEqual([]);
    expect(addresses('您的包裹已到小区东门')).toEqual([]);
  });
});
