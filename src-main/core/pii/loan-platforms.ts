// SPDX-License-Identifier: MIT
// Loan and consumer-credit platforms. Known names (written from general knowledge of the Chinese
// consumer-credit market) are found anywhere; unknown ones by shape: a sender signature or a
// quoted name ending in 贷/借/花/分期/金融 (【云朵贷】, “闪电贷”), "X消费金融", or the place a loan
// is said to be ("在速借宝的借款", "通过速借宝申请", "名下速借宝欠款").
import type { PiiFinding } from '../model/analysis';

const KNOWN = [
  '借呗', '花呗', '蚂蚁借呗', '蚂蚁花呗', '微粒贷', '京东金条', '京东白条', '白条', '京东金融', '美团借钱', '美团月付',
  '美团生活费', '360借条', '奇富借条', '度小满', '有钱花', '招联金融', '招联好期贷', '好期贷', '马上消费', '马上金融',
  '安逸花', '拍拍贷', '分期乐', '乐花卡', '网商贷', '平安普惠', '捷信', '中银消费', '宜人贷', '你我贷', '小赢卡贷',
  '还呗', '洋钱罐', '省呗', '玖富', '玖富万卡', '信用飞', '众安贷', '众安小贷', '桔子分期', '小米贷款', '小米金融',
  '天星金融', '苏宁任性付', '任性付', '携程借钱', '拿去花', '滴滴金融', '羊小咩', '榕树贷款', '新网银行', '好人贷',
  '微众银行', '抖音月付', '放心借', '放心花', '分付', '唯品花', '来分期', '人人贷', '陆金所', '卡卡贷', '小花钱包',
  '时光分期', '先花花', '搜易贷', '豆豆钱', '飞贷', '国美易卡', '趣店', '乐信', '维信卡卡贷', '闪银', '微业贷',
  '网商银行', '百度有钱花', '度小满金融', '点融', '现金巴士', '借去花', '51信用卡', '信而富',
  '中邮消费金融', '兴业消费金融', '海尔消费金融', '苏宁消费金融', '招联消费金融', '马上消费金融', '中银消费金融',
  '捷信消费金融', '湖北消费金融', '长银消费金融', '哈银消费金融', '小米消费金融', '蚂蚁消费金融', '杭银消费金融',
  '宁银消费金融', '北银消费金融', '尚诚消费金融', '中原消费金融', '阳光消费金融', '晋商消费金融', '金美信消费金融',
];
// Indexed by the first character's code unit: the known-name scan visits every character.
const byFirstChar = new Map<number, string[]>();
const isFirstChar = new Uint8Array(0x10000);
for (const name of KNOWN) {
  isFirstChar[name.charCodeAt(0)] = 1;
  const list = byFirstChar.get(name.charCodeAt(0)) ?? [];
  list.push(name);
  byFirstChar.set(name.charCodeAt(0), list);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);

const LOAN_WORD = /贷|借|钱|信用|分期|金融|消费/;
const BRACKETED =
  /[【[「“"]([\u4e00-\u9fa5A-Za-z0-9]{1,8}?(?:消费金融|小额贷款|小贷|金融|信贷|普惠|借款|借条|贷|借|花|分期|钱包|宝|卡))[】\]」”"]/g;
const CONSUMER_FINANCE = /(?<=^|[^\u4e00-\u9fa5]|[在从于向与和及的是为被给到了经由])[\u4e00-\u9fa5]{2,4}?消费金融/g;
const CONSUMER_FINANCE_HINT = /消费金融/;
const LOAN_NOUN_HINT = /[借欠贷账额逾申还分]/;
// 在/名下 place a debt at a platform; 通过 is only trusted with App or 平台 after the name.
const WHERE_LOAN =
  /(?:(?<![正现存所实自])在(?!线)|名下|从)([\u4e00-\u9fa50-9]{2,6}?)(?:平台|App|APP|app)?(?:上的|里的|的)?(?:借款|欠款|贷款|账户|账单|逾期|借钱|借的)|(?:通过|使用|登录|下载)([\u4e00-\u9fa50-9]{2,6}?)(?:平台|App|APP|app)/g;
// A "name" holding these is a piece of the sentence ("在吗前几天给你的账户").
const SENTENCE_CHARS = /[你您我他她的了吗呢吧是这那哪些种给把被让很都也就还要会能可时]/;
const NOT_PLATFORM = /^(?:的|本|该|我|贵|此|其|各|你|您|他|她|网络|网上|手机|银行|平台|个人|名下|公司|大学|学校|期间|一笔|多家|各大|短信|电话|系统|官方|申请|办理|签署|进行|注销|开通|使用|还款|处理)|平台$|网贷$|银行$|公司$|我司$|^(?:校园贷|学生贷|网贷|信用卡|花钱|贷款)$/;

function push(out: PiiFinding[], start: number, value: string, score: number): void {
  out.push({ type: 'platform', value, start, end: start + value.length, score });
}

function findKnown(text: string, out: PiiFinding[]): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isFirstChar[code] === 0) continue;
    const candidates = byFirstChar.get(code);
    if (!candidates) continue;
    for (const name of candidates) {
      if (text.startsWith(name, i)) {
        push(out, i, name, 0.9);
        i += name.length - 1;
        break;
      }
    }
  }
}

export function findLoanPlatforms(text: string, out: PiiFinding[]): void {
  findKnown(text, out);
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const name = m[1]!;
    // 宝 and 卡 end too many shop and card names (支付宝, 淘宝, 龙卡): only with a loan word inside.
    if (/[宝卡]$/.test(name) && !LOAN_WORD.test(name.slice(0, -1))) continue;
    if (name.length < 2) continue;
    push(out, m.index + 1, name, 0.7);
  }
  if (CONSUMER_FINANCE_HINT.test(text)) {
    CONSUMER_FINANCE.lastIndex = 0;
    for (let m = CONSUMER_FINANCE.exec(text); m; m = CONSUMER_FINANCE.exec(text)) push(out, m.index, m[0], 0.75);
  }
  if (!LOAN_NOUN_HINT.test(text)) return;
  WHERE_LOAN.lastIndex = 0;
  for (let m = WHERE_LOAN.exec(text); m; m = WHERE_LOAN.exec(text)) {
    const name = m[1] ?? m[2]!;
    if (NOT_PLATFORM.test(name) || SENTENCE_CHARS.test(name) || /^\d+$/.test(name)) continue;
    // 登录支付宝App: only names that look like lending (借, 贷, 花, 分期 ...) when reached by 通过/登录.
    if (m[2] !== undefined && !LOAN_WORD.test(name) && !/[花呗]$/.test(name)) continue;
    push(out, m.index + m[0].indexOf(name), name, 0.6);
  }
}
