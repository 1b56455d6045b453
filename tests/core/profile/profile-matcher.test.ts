// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PiiFinding, ProfileMention } from '../../../src-main/core/model/analysis';
import { Profile } from '../../../src-main/core/model/profile';
import { compileProfileMatcher } from '../../../src-main/core/profile/profile-matcher';

const demo = Profile.parse(JSON.parse(readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8')));
const matcher = compileProfileMatcher(demo);

function find(text: string, pii: PiiFinding[] = []): ProfileMention[] {
  return matcher.match(text, pii);
}

function only(text: string, itemKey: string, pii: PiiFinding[] = []): ProfileMention[] {
  return find(text, pii).filter((m) => m.itemKey === itemKey);
}

function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
}

describe('compileProfileMatcher: the user name', () => {
  it('reports the full name as exact with its span', () => {
    const text = '林晓峰先生，您在速借宝的借款已逾期35天，欠款¥3,280.50，请于今日18:00前回电。';
    expect(only(text, 'name')).toEqual([{ itemKey: 'name', value: '林晓峰', ...spanOf(text, '林晓峰'), matchKind: 'exact', score: 1 }]);
  });

  it('does not also report the given name inside the full name', () => {
    const mentions = only('【铁路客服】订单E738251743，林晓峰您已购2月8日G1238次03车03F号。', 'name');
    expect(mentions.map((m) => m.matchKind)).toEqual(['exact']);
  });

  it('reports a masked name whose visible character agrees', () => {
    const text = '【顺丰速运】林*峰您好，您的快件已到达鼓楼区驿站，请凭取件码8-2-1102取件。';
    expect(only(text, 'name')).toEqual([{ itemKey: 'name', value: '林*峰', ...spanOf(text, '林*峰'), matchKind: 'masked', score: 0.8 }]);
  });

  it('reports 林** and 林某某 as masked with lower scores', () => {
    const [stars] = only('【青禾消费金融】林**，您的借款已逾期8天，应还金额¥3,280.50，请尽快还款。', 'name');
    expect(stars).toMatchObject({ value: '林**', matchKind: 'masked' });
    expect(stars!.score).toBeLessThan(0.8);
    const [mou] = only('林某某你好，你的欠款已转交律所处理，请尽快联系。', 'name');
    expect(mou).toMatchObject({ value: '林某某', matchKind: 'masked' });
    expect(mou!.score).toBeLessThan(stars!.score);
  });

  it('ignores a masked name whose visible character is someone else’s', () => {
    expect(only('尊敬的林*明先生，您预约的体检已安排在周三上午。', 'name')).toEqual([]);
    expect(only('Dear Lin Xiaoming, your parcel is waiting.', 'name')).toEqual([]);
  });

  it('keeps surname plus title at a low score, since any 林 is 林先生', () => {
    const [m] = only('【金穗贷】林先生，您的信用良好，已为您预审通过一笔低息贷款，年化7.2%起，回T退订', 'name');
    expect(m).toMatchObject({ value: '林先生', matchKind: 'masked', score: 0.3 });
  });

  it('does not read another surname with a title as the user', () => {
    expect(only('张先生您好，您的快递已放在小区门口的丰巢柜。', 'name')).toEqual([]);
  });

  it('reports the given name alone as partial', () => {
    const text = '晓峰，你爸昨晚胸口疼送医院了，医生说要做支架手术，你别太着急。';
    expect(only(text, 'name')).toEqual([{ itemKey: 'name', value: '晓峰', start: 0, end: 2, matchKind: 'partial', score: 0.6 }]);
  });

  it('recognises the pinyin name in either order and any case', () => {
    for (const text of ['Dear Lin Xiaofeng, your loan is 30 days overdue.', 'Hi XIAOFENG LIN, your HSBC statement is ready', 'Passenger: LIN XIAO FENG, seat 12A']) {
      const [m] = only(text, 'name');
      expect(m).toMatchObject({ matchKind: 'exact', score: 1 });
      expect(text.slice(m!.start, m!.end).toLowerCase().replace(/\s/g, '')).toMatch(/^(linxiaofeng|xiaofenglin)$/);
    }
  });

  it('does not take pinyin inside a longer word', () => {
    expect(only('Visit linxiaofengshop.example for deals', 'name')).toEqual([]);
  });
});

describe('compileProfileMatcher: phones', () => {
  it('finds the full number in any formatting', () => {
    for (const written of ['13912345678', '139 1234 5678', '139-1234-5678', '+86 139 1234 5678', '+8613912345678', '8613912345678']) {
      const text = `其预留紧急联系人电话${written}为您本人，请转告他今日内处理。`;
      const [m] = only(text, 'phones.0');
      expect(m, written).toMatchObject({ matchKind: 'exact', score: 1 });
      expect(written.endsWith(m!.value)).toBe(true);
    }
  });

  it('includes the +86 prefix in the span', () => {
    const text = '联系人手机+86 139-1234-5678';
    expect(only(text, 'phones.0')[0]).toMatchObject({ value: '+86 139-1234-5678', start: text.indexOf('+86'), end: text.length });
  });

  it('ignores the number inside a longer digit run', () => {
    expect(only('您的订单号为2139123456789，请妥善保存。', 'phones.0')).toEqual([]);
  });

  it('reports masked forms whose visible digits agree', () => {
    const text = '【中国移动】尊敬的139****5678客户，您好！您12月账单合计71.61元。';
    expect(only(text, 'phones.0')).toEqual([{ itemKey: 'phones.0', value: '139****5678', ...spanOf(text, '139****5678'), matchKind: 'masked', score: 0.9 }]);
    expect(only('您的账号已绑定手机139*****678。', 'phones.0')[0]).toMatchObject({ matchKind: 'masked' });
  });

  it('ignores a masked number whose visible digits disagree', () => {
    expect(only('【中国移动】尊敬的138****5678客户，您好！', 'phones.0')).toEqual([]);
    expect(only('【中国移动】尊敬的139****5679客户，您好！', 'phones.0')).toEqual([]);
  });

  it('reports a tail next to a phone word as partial', () => {
    const text = '【中国联通】您手机尾号5678的号码已欠费停机，请及时缴费。';
    expect(only(text, 'phones.0')).toEqual([{ itemKey: 'phones.0', value: '5678', ...spanOf(text, '5678'), matchKind: 'partial', score: 0.5 }]);
    expect(only('您登记的联系电话后四位5678，如有变动请告知。', 'phones.0')).toHaveLength(1);
  });

  it('ignores a bare tail', () => {
    expect(only('您的验证码为5678，5分钟内有效，请勿泄露。', 'phones.0')).toEqual([]);
    expect(only('本次消费5678元已入账。', 'phones.0')).toEqual([]);
  });
});

describe('compileProfileMatcher: the ID number', () => {
  it('finds the full number, lower-case x included', () => {
    const text = '林晓峰，身份证号32010619900517283X，你名下速借宝欠款¥3,280.50已逾期68天。';
    expect(only(text, 'id_number')).toEqual([
      { itemKey: 'id_number', value: '32010619900517283X', ...spanOf(text, '32010619900517283X'), matchKind: 'exact', score: 1 },
    ]);
    expect(only('身份证：32010619900517283x', 'id_number')[0]).toMatchObject({ matchKind: 'exact' });
    expect(only('证件号 320106 19900517 283X 已登记', 'id_number')[0]).toMatchObject({ matchKind: 'exact', value: '320106 19900517 283X' });
  });

  it('finds the 15-digit legacy form of the same ID', () => {
    expect(only('旧身份证号320106900517283已作废', 'id_number')[0]).toMatchObject({ matchKind: 'exact', value: '320106900517283' });
  });

  it('reports masked forms whose visible digits agree', () => {
    const text = '经查您（身份证3201**********283X）名下速借宝账户涉嫌违规放贷';
    expect(only(text, 'id_number')).toEqual([
      { itemKey: 'id_number', value: '3201**********283X', ...spanOf(text, '3201**********283X'), matchKind: 'masked', score: 0.9 },
    ]);
    expect(only('身份证320106********283X的征信报告可修复', 'id_number')[0]).toMatchObject({ matchKind: 'masked', score: 0.9 });
    expect(only('身份证3201xxxxxxxxxx283X', 'id_number')[0]).toMatchObject({ matchKind: 'masked' });
    expect(only('身份证3201****283X', 'id_number')[0]).toMatchObject({ matchKind: 'masked', score: 0.7 });
  });

  it('ignores another person’s masked ID', () => {
    expect(only('身份证3201**********1234的用户', 'id_number')).toEqual([]);
    expect(only('身份证4401**********283X的用户', 'id_number')).toEqual([]);
  });

  it('reports a tail after 身份证 or 证件 as partial', () => {
    const text = '林晓峰先生（身份证尾号283X），您在速借宝的借款已逾期43天';
    expect(only(text, 'id_number')).toEqual([{ itemKey: 'id_number', value: '283X', ...spanOf(text, '283X'), matchKind: 'partial', score: 0.6 }]);
    expect(only('您证件号后四位283X的实名信息已核验', 'id_number')).toHaveLength(1);
  });

  it('ignores the same tail with no ID word around it', () => {
    expect(only('取件码283X，请到菜鸟驿站取件', 'id_number')).toEqual([]);
    expect(only('您尾号283X的订单已发货', 'id_number')).toEqual([]);
  });

  it('reports the region prefix only when called the first six digits of an ID', () => {
    expect(only('您身份证前六位320106，归属南京市鼓楼区', 'id_number')[0]).toMatchObject({ matchKind: 'partial', value: '320106' });
    expect(only('您的订单号320106已发货', 'id_number')).toEqual([]);
  });

  it('does not match on the birth date alone', () => {
    expect(only('生日19900517快乐！身份证信息请妥善保管', 'id_number')).toEqual([]);
  });

  it('does not match another person’s full ID', () => {
    expect(only('周明（身份证320102198811230416）在闪电花平台的借款已逾期12天', 'id_number')).toEqual([]);
  });
});

describe('compileProfileMatcher: bank cards', () => {
  it('finds the full number with or without spaces', () => {
    for (const written of ['6214836025718848', '6214 8360 2571 8848', '6214-8360-2571-8848']) {
      expect(only(`请向卡号${written}转账`, 'bank_cards.0')[0], written).toMatchObject({ matchKind: 'exact', value: written });
    }
  });

  it('reports masked forms', () => {
    const text = '绑定还款卡6214********8848多次扣款失败。';
    expect(only(text, 'bank_cards.0')).toEqual([
      { itemKey: 'bank_cards.0', value: '6214********8848', ...spanOf(text, '6214********8848'), matchKind: 'masked', score: 0.9 },
    ]);
    expect(only('您的储蓄卡6214 **** **** 8848已挂失', 'bank_cards.0')[0]).toMatchObject({ matchKind: 'masked', value: '6214 **** **** 8848' });
    expect(only('尾号6214****8848的卡', 'bank_cards.0')[0]).toMatchObject({ matchKind: 'masked', score: 0.7 });
  });

  it('reports tails with a card word before or after', () => {
    for (const text of [
      '需将尾号8848银行卡内资金转入监管安全账户核验',
      '【招商银行】您账户8848于01月15日10:01入账工资，人民币6932.07',
      '今日从您尾号8848的银行卡扣款失败（余额不足）',
      '您的银行卡后四位8848已被冻结',
      'Your card ending in 8848 was charged $20.00',
      '您尾号8848卡9月1日09:50网上银行支出(转账)2,600.00元',
      '您的信用卡****8848本期账单已出',
    ]) {
      const mentions = only(text, 'bank_cards.0');
      expect(mentions, text).toHaveLength(1);
      expect(mentions[0]).toMatchObject({ value: '8848', matchKind: 'partial' });
    }
  });

  it('ignores a tail with no card word', () => {
    expect(only('您的验证码是8848，请勿告诉他人', 'bank_cards.0')).toEqual([]);
    expect(only('会议室8848，明天上午十点', 'bank_cards.0')).toEqual([]);
    expect(only('您尾号8848的快递已签收', 'bank_cards.0')).toEqual([]);
  });

  it('ignores another card’s tail', () => {
    expect(only('您尾号3021卡9月21日10:48收入(结息)5.30元。【工商银行】', 'bank_cards.0')).toEqual([]);
  });

  it('gives a phone-worded tail to the phone, not the card', () => {
    const profile = Profile.parse({ phones: ['13912348848'], bank_cards: ['6214836025718848'] });
    const mentions = compileProfileMatcher(profile).match('您的手机尾号8848已停机', []);
    expect(mentions.map((m) => m.itemKey)).toEqual(['phones.0']);
  });
});

describe('compileProfileMatcher: address and employer', () => {
  it('reports the full address as exact', () => {
    const text = '我司将安排外访人员上门至南京市鼓楼区中山路100号核实情况';
    expect(only(text, 'address')).toEqual([
      { itemKey: 'address', value: '南京市鼓楼区中山路100号', ...spanOf(text, '南京市鼓楼区中山路100号'), matchKind: 'exact', score: 1 },
    ]);
  });

  it('reports the road and number without the city as partial', () => {
    const [m] = only('外访人员明天到中山路100号找你', 'address');
    expect(m).toMatchObject({ value: '中山路100号', matchKind: 'partial' });
    const [district] = only('上门地址：鼓楼区中山路100号', 'address');
    expect(district).toMatchObject({ value: '鼓楼区中山路100号', matchKind: 'partial' });
    expect(district!.score).toBeGreaterThan(m!.score);
  });

  it('ignores the city, district or road alone', () => {
    expect(only('【链家】鼓楼区精品两居新房源上线，近地铁，业主急售。回T退订', 'address')).toEqual([]);
    expect(only('中山路今晚施工，请绕行', 'address')).toEqual([]);
    expect(only('中山路101号新店开业', 'address')).toEqual([]);
  });

  it('reports a residential compound name as partial', () => {
    const profile = Profile.parse({ address: '江苏省南京市鼓楼区湖南路街道金域蓝湾小区5栋1203室' });
    const [m] = compileProfileMatcher(profile).match('你住金域蓝湾小区吧？我们明天上门', []);
    expect(m).toMatchObject({ itemKey: 'address', value: '金域蓝湾小区', matchKind: 'partial' });
  });

  it('reports the employer in full as exact and its core as partial', () => {
    const text = '经核实您目前就职于南京某某贸易有限公司，我们将联系贵单位人事部门协助催收';
    expect(only(text, 'employer')).toEqual([
      { itemKey: 'employer', value: '南京某某贸易有限公司', ...spanOf(text, '南京某某贸易有限公司'), matchKind: 'exact', score: 1 },
    ]);
    expect(only('我们会去某某贸易找你们领导', 'employer')[0]).toMatchObject({ value: '某某贸易', matchKind: 'partial' });
  });

  it('does not match an employer on generic words', () => {
    expect(only('本公司主营国际贸易，有限公司注册代办', 'employer')).toEqual([]);
  });
});

describe('compileProfileMatcher: relatives and others', () => {
  it('reports relatives’ full names as exact', () => {
    const text = '我们将于明天联系你的父亲林建国、母亲王秀兰说明情况';
    const mentions = find(text).filter((m) => m.itemKey.startsWith('relatives.'));
    expect(mentions).toEqual([
      { itemKey: 'relatives.0', value: '林建国', ...spanOf(text, '林建国'), matchKind: 'exact', score: 1 },
      { itemKey: 'relatives.1', value: '王秀兰', ...spanOf(text, '王秀兰'), matchKind: 'exact', score: 1 },
    ]);
  });

  it('reports a masked relative only next to the relation word', () => {
    const [m] = only('已联系你父亲林*国，他表示不知情', 'relatives.0');
    expect(m).toMatchObject({ value: '林*国', matchKind: 'masked' });
    expect(only('你爸林**说了，这钱他不会替你还', 'relatives.0')[0]).toMatchObject({ value: '林**', matchKind: 'masked' });
    expect(only('林*国您好，您的快递已到', 'relatives.0')).toEqual([]);
  });

  it('does not also count a relative’s masked name as the user’s', () => {
    const mentions = find('已联系你父亲林**，请尽快处理欠款');
    expect(mentions.map((m) => m.itemKey)).toEqual(['relatives.0']);
  });

  it('reports other items by their full value', () => {
    const text = '林晓峰，我们已整理你的通讯录，包括林晓雨、周明等联系人';
    expect(find(text).map((m) => [m.itemKey, m.value])).toEqual([
      ['name', '林晓峰'],
      ['relatives.2', '林晓雨'],
      ['others.0', '周明'],
    ]);
  });

  it('matches a number-like other item digit by digit', () => {
    const profile = Profile.parse({ others: [{ label: '同事电话', value: '138 0013 8000' }] });
    const [m] = compileProfileMatcher(profile).match('请联系13800138000核实', []);
    expect(m).toMatchObject({ itemKey: 'others.0', value: '13800138000', matchKind: 'exact' });
  });
});

describe('compileProfileMatcher: detector findings', () => {
  it('takes a detector’s ID tail as the user’s when the tail agrees', () => {
    // The ID word is further away than the matcher itself looks.
    const text = '请核实您的身份证信息，系统显示您登记的号码尾号是283X';
    const finding: PiiFinding = { type: 'resident_id_tail', value: '283X', ...spanOf(text, '283X'), score: 0.8 };
    expect(only(text, 'id_number')).toEqual([]);
    expect(only(text, 'id_number', [finding])[0]).toMatchObject({ value: '283X', matchKind: 'partial' });
  });

  it('takes a detector’s card tail only when it is the user’s card', () => {
    const text = '您的卡片（末尾8848）本月账单已出';
    const mine: PiiFinding = { type: 'card_tail', value: '8848', ...spanOf(text, '8848'), score: 0.8 };
    expect(only(text, 'bank_cards.0', [mine])[0]).toMatchObject({ matchKind: 'partial' });
    expect(only(text, 'bank_cards.0', [{ ...mine, value: '3021' }])).toEqual([]);
  });

  it('does not duplicate what the matcher found itself', () => {
    const text = '林晓峰，身份证号32010619900517283X，你名下速借宝欠款已逾期';
    const finding: PiiFinding = { type: 'resident_id', value: '32010619900517283X', ...spanOf(text, '32010619900517283X'), score: 1 };
    expect(only(text, 'id_number', [finding])).toHaveLength(1);
  });
});

describe('compileProfileMatcher: behaviour', () => {
  it('is empty for an empty profile and finds nothing', () => {
    const empty = compileProfileMatcher({});
    expect(empty.empty).toBe(true);
    expect(empty.match('林晓峰 13912345678', [])).toEqual([]);
    expect(matcher.empty).toBe(false);
  });

  it('returns mentions sorted by start with spans that slice to their value', () => {
    const text =
      '林晓峰先生（身份证尾号283X），您在速借宝的借款已逾期43天，绑定还款卡6214********8848多次扣款失败，已联系你父亲林建国，外访人员将上门至南京市鼓楼区中山路100号。';
    const mentions = find(text);
    expect(mentions.map((m) => m.itemKey)).toEqual(['name', 'id_number', 'bank_cards.0', 'relatives.0', 'address']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.value);
    const starts = mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds nothing in a message about someone else', () => {
    expect(find('【中国移动】尊敬的客户，您好！您12月账单：套餐及固定费58.00元，合计71.61元，当前话费余额97.32元。')).toEqual([]);
    expect(find('王先生，您尾号3021卡9月21日收入(结息)5.30元。身份证4401**********1234已认证。')).toEqual([]);
  });
});
