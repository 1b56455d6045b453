// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { findMessageLinks, registrableDomain } from '../../../src-main/core/linkage/message-links';

describe('links in a message', () => {
  it('finds the registrable domain under two- and three-label suffixes', () => {
    expect(registrableDomain('pay.sjb-hk.top')).toBe('sjb-hk.top');
    expect(registrableDomain('m.loan.example.com.cn')).toBe('example.com.cn');
    expect(registrableDomain('kf.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('103.45.67.89')).toBe('103.45.67.89');
  });

  it('ignores the domain part of an e-mail address', () => {
    expect(findMessageLinks('请将材料发送至 kefu@sjb-hk.top 邮箱')).toEqual([]);
  });

  it('keeps the spans of the links so the template can mask them', () => {
    const text = '还款请点 sujiebao-kf.top/jm 或联系客服';
    const [link] = findMessageLinks(text);
    expect(text.slice(link!.start, link!.end)).toBe('sujiebao-kf.top/jm');
    expect(link!.domain).toBe('sujiebao-kf.top');
  });

  it('does not take an official bank domain as a shared domain', () => {
    expect(findMessageLinks('详情请访问 www.icbc.com.cn/card 查询')[0]?.domain).toBeNull();
  });
});
