// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findOrganisations } from '../../../src-main/core/pii/organisations';

function orgs(text: string): string[] {
  const out: PiiFinding[] = [];
  findOrganisations(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => f.value);
}

describe('organisation names', () => {
  it('starts the name after the verb that introduces it', () => {
    expect(orgs('林晓峰，经核实您目前就职于南京某某贸易有限公司，如今日仍不处理')).toEqual(['南京某某贸易有限公司']);
    expect(orgs('付方：青禾消费金融有限公司，余额9.99')).toEqual(['青禾消费金融有限公司']);
  });

  it('reads hospitals, schools and bureaus', () => {
    expect(orgs('你爸在市中心医院心内科')).toEqual(['市中心医院']);
    expect(orgs('孩子在南京大学读书')).toEqual(['南京大学']);
    expect(orgs('我是金融监管局工作人员')).toEqual(['金融监管局']);
  });

  it('keeps a company group name whole', () => {
    expect(orgs('来自阿里巴巴集团有限公司的通知')).toEqual(['阿里巴巴集团有限公司']);
  });

  it('ignores sender signatures, bank cards and bare words', () => {
    expect(orgs('您尾号3021卡收入2,800.00元。【工商银行】')).toEqual([]);
    expect(orgs('请确保绑定银行卡余额充足')).toEqual([]);
    expect(orgs('有人打电话到公司找你')).toEqual([]);
    expect(orgs('你们公司还招人吗')).toEqual([]);
    expect(orgs('尊敬的集团客户您好')).toEqual([]);
  });
});
