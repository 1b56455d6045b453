// SPDX-License-Identifier: MIT
// Organisation names (an employer, a hospital, a school, a bank, a bureau), found from their
// fixed endings (有限公司, 集团, 医院, 大学, 银行, 局 ...). The start of the name is where the run
// of Han characters begins, moved right past the last word that starts the clause around it
// (就职于, 在, 是, 的, 您 ...): "经核实您目前就职于南京某某贸易有限公司" names 南京某某贸易有限公司.
// Sender signatures in 【】 are not findings: every bank SMS would otherwise name its bank.
import type { PiiFinding } from '../model/analysis';

const SUFFIX = /股份有限公司|有限责任公司|有限公司|集团|公司|银行|医院|学校|大学|学院|中学|小学|幼儿园|研究院|研究所|事务所|局|厂/g;
const MORE_SUFFIX = /^(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团)/;
const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z()（）]/;
const LEAD_IN =
  /.*(?:就职于|任职于|工作于|供职于|就职|任职|上班|尊敬|联系|告知|通知|前往|详询|咨询|办理|代办|代理|承接|携手|获取|登录|打开|下载|使用|关注|致电|拨打|来自|绑定|哪个|哪家|这个|那个|这家|那家|一家|在|于|是|的|到|去|至|给|从|送|进|回|住|您|你|我|他|她|请|向|和|与|及|对|被|由|为|了|贵|本|该|此|这|那)/;
// Carriers' "集团客户" is a customer class, not an organisation.
const GROUP_CUSTOMER = /^(?:客户|用户|成员|短号|网)/;
// "银行卡", "公司地址": the ending is part of a longer word, not the end of a name.
const NOT_AN_ENDING = /^(?:卡|账|帐|App|APP|app|客服|热线|官方|短信|网点|柜台|贷款|理财)/;
const GENERIC_NAMES = new Set([
  '各大', '总', '分', '子', '母', '我们', '你们', '他们', '小贷', '贷款', '网贷', '金融', '保险', '快递', '物流', '合作',
  '催收', '外包', '正规', '大型', '国有', '商业', '民营', '私人', '上市', '相关', '其他', '当地', '所在', '全国', '中国',
  '网上', '手机', '电子', '直销', '发卡', '收款', '付款', '开户', '对方', '收款方', '付款方', '指定', '以上', '各家', '多家', '各', '各个', '有关', '正规信贷', '实体',
]);
/** Longest name part each ending takes; a longer Han run is a sentence, not a name. */
function maxNameLength(suffix: string): number {
  if (/有限|股份/.test(suffix)) return 16;
  if (suffix === '银行' || suffix === '局' || suffix === '厂') return 6;
  return 10;
}
const MAX_NAME = 20;

function scoreOf(suffix: string, nameLength: number): number {
  const base = /有限|集团/.test(suffix) ? 0.75 : suffix === '公司' ? 0.6 : /银行|局|厂/.test(suffix) ? 0.45 : 0.6;
  return nameLength >= 4 ? base + 0.05 : base;
}

export function findOrganisations(text: string, out: PiiFinding[]): void {
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    let end = m.index + m[0].length;
    for (let more = MORE_SUFFIX.exec(text.slice(end, end + 6)); more; more = MORE_SUFFIX.exec(text.slice(end, end + 6))) {
      end += more[0].length;
    }
    SUFFIX.lastIndex = end;
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && NAME_CHAR.test(text[start - 1]!)) start--;
    const lead = LEAD_IN.exec(text.slice(start, m.index));
    if (lead) start += lead[0].length;
    const name = text.slice(start, m.index);
    if (name.length < 2 || name.length > maxNameLength(m[0]) || GENERIC_NAMES.has(name)) continue;
    if (text[start - 1] === '【' && text[end] === '】') continue;
    if ((m[0] === '银行' || m[0] === '公司') && NOT_AN_ENDING.test(text.slice(end, end + 3))) continue;
    if (m[0] === '集团' && GROUP_CUSTOMER.test(text.slice(end, end + 2))) continue;
    out.push({ type: 'employer', value: text.slice(start, end), start, end, score: scoreOf(m[0], name.length) });
  }
}
