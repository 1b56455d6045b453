// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findChineseNames } from '../../../src-main/core/pii/address-names';

function names(text: string): string[] {
  const out: PiiFinding[] = [];
  findChineseNames(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return [...new Set(out.map((f) => f.value))];
}

describe('Chinese names in forms of address', () => {
  it('reads names after 尊敬的, 亲爱的, 您好 and 致', () => {
    expect(names('尊敬的张伟先生，您的借款已逾期')).toEqual(['张伟']);
    expect(names('亲爱的欧阳娜娜，生日快乐')).toEqual(['欧阳娜娜']);
    expect(names('您好林晓峰，你在速借宝的欠款已逾期')).toEqual(['林晓峰']);
    expect(names('致李明：您的快递已到')).toEqual(['李明']);
  });

  it('reads names before a title or a greeting', () => {
    expect(names('林晓峰先生您好，您在速借宝借款已逾期')).toEqual(['林晓峰']);
    expect(names('张伟你好，我是房东')).toEqual(['张伟']);
    expect(names('已联系王秀兰女士')).toEqual(['王秀兰']);
  });

  it('ends a name where the sentence goes on', () => {
    expect(names('您好，周明在闪电花的借款已逾期')).toEqual(['周明']);
  });

  it('reads a name opening a message that speaks to someone', () => {
    expect(names('林晓峰，你在速借宝的欠款已逾期')).toEqual(['林晓峰']);
    expect(names('【征信中心】林晓峰：您名下存在校园贷账户')).toEqual(['林晓峰']);
  });

  it('reads a full name before a colon at the start even without a pronoun', () => {
    expect(names('王建军：明天上午九点开会')).toEqual(['王建军']);
  });

  it('does not read an advert’s opening words as a name', () => {
    expect(names('贺新春，添喜庆！全场八折')).toEqual([]);
  });

  it('reads relatives and contacts, including lists', () => {
    expect(names('我们将联系你的父亲林建国、母亲王秀兰说明情况')).toEqual(['林建国', '王秀兰']);
    expect(names('包括林晓雨、周明等联系人')).toEqual(['林晓雨', '周明']);
    expect(names('联系人：王成君，电话见下')).toEqual(['王成君']);
  });

  it('reads the person an ID belongs to', () => {
    expect(names('林晓峰先生，周明（身份证320102198811230416）在闪电花')).toEqual(['林晓峰', '周明']);
  });

  it('leaves generic forms of address alone', () => {
    expect(names('尊敬的客户，您好')).toEqual([]);
    expect(names('尊敬的用户，您的额度已更新')).toEqual([]);
    expect(names('尊敬的会员：积分即将过期')).toEqual([]);
    expect(names('尊敬的黄金会员您好')).toEqual([]);
    expect(names('尊敬的房东：租金已到账')).toEqual([]);
  });
});
