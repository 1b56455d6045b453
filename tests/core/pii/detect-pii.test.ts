// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PiiFinding, type PiiType } from '../../../src-main/core/model/analysis';
import { detectPii } from '../../../src-main/core/pii/detect-pii';

const find = (text: string, type: PiiType) => detectPii(text).filter((f) => f.type === type).map((f) => f.value);

// Types whose value is the text exactly as written at [start, end).
const AS_WRITTEN = new Set<PiiType>(['resident_id_masked', 'amount', 'date', 'address', 'plate', 'employer', 'platform', 'name', 'masked_name', 'wechat', 'qq', 'email', 'card_tail', 'resident_id_tail']);

describe('detectPii', () => {
  it('reads everything a collector shows in the brief’s example message', () => {
    const text = '【XX金融】尊敬的张伟先生，您身份证尾号1234的借款已逾期35天，欠款￥3,520.00，请于今日18:00前还款，否则将上报征信并起诉';
    const found = detectPii(text);
    expect(found.map((f) => [f.type, f.value])).toEqual([
      ['platform', 'XX金融'],
      ['name', '张伟'],
      ['resident_id_tail', '1234'],
      ['amount', '￥3,520.00'],
      ['date', '今日18:00前'],
    ]);
  });

  it('reads a collection message that names the borrower, the ID tail, the masked card and a callback number', () => {
    const text = '林晓峰先生（身份证尾号283X），您在速借宝的借款已逾期35天，欠款¥8,250.00，绑定还款卡6214********8848多次扣款失败。回电0755-86302217。';
    const byType = Object.fromEntries(detectPii(text).map((f) => [f.type, f.value]));
    expect(byType).toEqual({
      name: '林晓峰',
      resident_id_tail: '283X',
      platform: '速借宝',
      amount: '¥8,250.00',
      bank_card: '6214********8848',
      landline: '075586302217',
    });
  });

  it('reads a third-party debt message: the borrower’s full ID and the emergency contact’s mobile', () => {
    const text = '林晓峰先生，周明（身份证320102198811230416）在闪电花平台的借款已逾期90天，其预留紧急联系人电话19899654310为您本人。';
    expect(find(text, 'name')).toEqual(['林晓峰', '周明']);
    expect(find(text, 'resident_id')).toEqual(['320102198811230416']);
    expect(find(text, 'platform')).toEqual(['闪电花']);
    expect(find(text, 'mobile')).toEqual(['19899654310']);
  });

  it('finds the home address, the employer and family names in threats', () => {
    expect(find('我司将于9月6日安排外访人员上门至南京市鼓楼区中山路100号核实情况', 'address')).toEqual(['南京市鼓楼区中山路100号']);
    expect(find('林晓峰，经核实您目前就职于南京某某贸易有限公司，我们将联系贵单位', 'employer')).toEqual(['南京某某贸易有限公司']);
    expect(find('林晓峰，我们将于明天联系你的父亲林建国、母亲王秀兰说明情况', 'name')).toEqual(['林晓峰', '林建国', '王秀兰']);
  });

  it('does not turn a verification code, an order number or a timestamp into a card, ID or phone', () => {
    expect(detectPii('【京东】验证码：107035，您正在登录京东，请勿告诉他人。')).toEqual([]);
    expect(detectPii('订单号6214836025718848已发货')).toEqual([]);
    expect(detectPii('记录时间20250416130900')).toEqual([]);
    expect(detectPii('【丰巢】凭取件码13716311至宁海路小区北门丰巢柜取件').filter((f) => f.type !== 'address')).toEqual([]);
  });

  it('finds nothing in small talk', () => {
    expect(detectPii('好的，晚上一起吃饭')).toEqual([]);
    expect(detectPii('See you at the station')).toEqual([]);
  });

  it('returns findings sorted by start without overlapping spans', () => {
    const text = '尊敬的李文先生，您尾号5527的信用卡1月账单已出，本期应还194.18元，到期还款日1月25日，客服95533。';
    const found = detectPii(text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(find(text, 'name')).toEqual(['李文']);
    expect(find(text, 'masked_name')).toEqual([]);
  });

  it('never throws and keeps every span inside the text, its value matching the span', () => {
    const pieces = ['尊敬的', '张伟', '先生', '身份证', '尾号', '1234', '138', '****', '5678', '¥', '3,520.00', '元', '今日', '18:00',
      '南京市', '鼓楼区', '中山路', '100号', '有限公司', '【', '金融】', 'QQ', '微信', 'abc@x.com', '苏A12345', '，', ' ', 'X', '*', '+44 20 7946 0958'];
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const found = detectPii(t);
        for (const f of found) {
          expect(PiiFinding.safeParse(f).success).toBe(true);
          expect(f.start).toBeLessThan(f.end);
          expect(f.end).toBeLessThanOrEqual(t.length);
          const span = t.slice(f.start, f.end);
          if (AS_WRITTEN.has(f.type)) expect(f.value.toUpperCase()).toBe(span.toUpperCase());
          else expect(span.replace(/\D/g, '')).toContain(f.value.replace(/\D/g, '').slice(-4));
        }
      }),
      { numRuns: 400 },
    );
  });
});
