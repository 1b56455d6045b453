// SPDX-License-Identifier: MIT
// Sums of money: with a currency sign or word before (¥1,234.56, 人民币3万元, RMB 500, $20, £1000),
// with a unit after (1234.56元, 5000块, 3万), after a word that only ever introduces money
// (欠款8000, 应还2,600.00, 余额1062.45), or in Chinese numerals (五百块). A collector quoting the
// exact amount owed is evidence of what they know. Values are the text as written.
import type { PiiFinding } from '../model/analysis';

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?`;
const MAGNITUDE_UNIT = String.raw`(?:[万千亿]?(?:元|块钱|块|美元|美金|港币|港元|欧元|英镑|日元)|[万亿])`;
const PREFIXED = String.raw`(?:[¥￥$£€]|US\$|HK\$|RMB|CNY|USD|HKD|EUR|GBP|人民币)\s?${NUMBER}(?:\s?${MAGNITUDE_UNIT})?`;
const SUFFIXED = String.raw`(?<![\d.,])${NUMBER}\s?${MAGNITUDE_UNIT}`;
const KEYWORD = String.raw`(?:欠款|尚欠|应还|待还|还款|金额|本金|本息|罚息|余额|额度|借款|共计|合计|扣款|消费|支出|收入|转入|转出|欠)(?:金额)?[\s:：为是共]{0,2}`;
// The leading look-ahead lets the engine skip, in one test, positions no alternative can start at.
const AMOUNT = new RegExp(String.raw`(?=[\d¥￥$£€URCHEG人欠尚应待还金本罚余额借共合扣消支收转一二两三四五六七八九十])(?:(${PREFIXED})|(${SUFFIXED})|${KEYWORD}(${NUMBER}(?:\s?${MAGNITUDE_UNIT})?)(?![\d%])|((?:[一二两三四五六七八九十]|[一二两三四五六七八九十][十百千万]{1,2}){1,4}(?:元|块钱|块)))`, 'gi');
const NOT_MONEY_AFTER = /^(?:[%％]|[:：]\d|\d|分钟|小时|天|个|次|条|号|年|月|日|折)/;

export function findAmounts(text: string, out: PiiFinding[]): void {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const written = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const start = m.index + m[0].length - written.length;
    const end = start + written.length;
    if (m[3] !== undefined && NOT_MONEY_AFTER.test(text.slice(end, end + 2))) continue;
    // "一块" is as often "together" as "one yuan".
    if (m[4] !== undefined && written.replace(/块钱?|元/, '').length < 2 && written.endsWith('块')) continue;
    const score = m[1] ? 0.9 : m[2] ? (/[万亿]$/.test(written) ? 0.55 : 0.8) : m[3] ? 0.7 : 0.5;
    out.push({ type: 'amount', value: written, start, end, score });
  }
}
