// SPDX-License-Identifier: MIT
// How the message wants to be answered. Institutions give their service number; a private mobile,
// a WeChat or a QQ as the callback channel moves the talk where nobody records it.
import type { PiiFinding } from '../model/analysis';
import { scanInto } from './pattern-scan';
import type { SignalSink } from './signal-sink';

// Mainland mobiles, tolerant of the spaces and dashes people put in them.
// Masked digits (138****5678, or the x that anonymised corpora use) still show a mobile was given.
const CN_MOBILE = /(?<![\dxX])(?:\+?86[-\s]?)?1[3-9xX][\dxX](?:[-\s]?[\dxX*]{4}){2}(?![\dxX])/g;
// UK and US style personal numbers in English spam (07xxx mobiles; 555-123-4567).
const EN_PHONE = /(?<!\d)(?:0\d{10}|0\d{3}\s\d{3}\s\d{3,4}|\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}|\+?\d{10,12})(?!\d)/g;
const IM =
  /微信|薇信|威信|徽信|V信|加V|加v|vx|wx(?=\s*[:：]?\s*[a-z0-9_-]{4,})|扣扣|企鹅号|(?<![a-z])QQ群?|Q群|加群|whats\s?app|telegram|\bTG\b|纸飞机|\bsignal app\b/gi;
// Premium-rate and short-code replies in English spam: 09xx numbers, per-minute or per-message
// prices, "txt WORD to 80082".
const PREMIUM =
  /(?<!\d)(?:09\d{8,9}|08[47]\d{8}|0800\s?\d{3}\s?\d{4}|08000\d{6})(?!\d)|\b(?:freephone|freemsg|free ?msg)\b|(?<!stop\s)\b(?:to|on|txt|text)\s+\d{5}\b|[£$]\s?\d+(?:\.\d+)?\s?(?:\/|per|a)\s?(?:min|minute|msg|message|wk|week|call|txt|text)|\b\d+p\s?(?:\/|per)\s?(?:min|msg|message|txt|text|wk)\b|\b\d{2,3}p\s?(?:msg|txt)\b|\b(?:txt|text|send|reply)\s+(?!stop\b)[A-Z0-9]{2,}\s+(?:to|2)\s+\d{4,6}\b|\b(?:billed|charged)\s+(?:£|\d+p\b)|\bstd\s*(?:wap|txt|msg|ntwk|network)\s*(?:charge|rate|chg)|\b\d+p\s*\/\s*(?:mt)?msg|\bcalls?\s+cost\s+(?:\d+p|£)|\bmsg\s*rates?\b|\bstd\s*txt\s*rate\b/gi;

// "关注微信公众号", "微信营业厅", "微信搜索 中国移动": an institution's own account, published so
// that anyone can find it, is not the private channel a scammer moves the talk to.
const OFFICIAL_ACCOUNT_AFTER = /^[\s:：]?(?:公众号|公众平台|服务号|订阅号|营业厅|厅|小程序|支付|扫一扫|扫码|搜索|官方)/;
const OFFICIAL_ACCOUNT_BEFORE = /(?:关注|官方|公众号|搜索)[^。！？\n]{0,6}$/;

function scanPrivateIm(text: string, sink: SignalSink): void {
  IM.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < 4 && (m = IM.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (OFFICIAL_ACCOUNT_AFTER.test(text.slice(end, end + 5))) continue;
    if (OFFICIAL_ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    sink.add('im_contact', m.index, end);
    n++;
  }
  IM.lastIndex = 0;
}

export function contactSignals(text: string, zh: boolean, pii: readonly PiiFinding[], sink: SignalSink): void {
  let phones = scanInto(sink, 'private_callback', zh ? CN_MOBILE : EN_PHONE, text);
  if (phones === 0) {
    for (const f of pii) {
      if (f.type !== 'mobile') continue;
      sink.add('private_callback', f.start, f.end);
      phones++;
    }
  }
  scanPrivateIm(text, sink);
  for (const f of pii) if (f.type === 'wechat' || f.type === 'qq') sink.add('im_contact', f.start, f.end);
  if (!zh) scanInto(sink, 'premium_rate', PREMIUM, text);
}
