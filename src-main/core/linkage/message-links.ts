// SPDX-License-Identifier: MIT
// The links a message carries, as linkage compares them: the link itself (host and path,
// lower-cased, without scheme or query) and the registrable domain behind it. A shortener's
// domain (t.cn) or a big platform's own domain (taobao.com) is shared by millions of unrelated
// senders, so it yields no domain; the full short link still identifies one campaign.
import { OFFICIAL_DOMAINS } from '../classify/lexicon-institutions';

const TLDS =
  'com|cn|net|org|top|xyz|cc|vip|info|me|co|io|club|site|online|shop|ly|gd|im|tk|ml|ga|cf|win|icu|link|app|uk|us|biz|pw|ws|tv|in|ru|hk|tw|mobi|asia|live|fun|store|tech|work|ink|wang|ren|gov';
const STOP = `\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef"'<>`;
const URL = new RegExp(
  `https?://[^${STOP}]+` +
    `|\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+[^${STOP}]*` +
    `|\\b[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63})*\\.(?:${TLDS})\\b(?:/[^${STOP}]*)?`,
  'gi',
);

const SHORTENERS = new Set([
  't.cn', 'dwz.cn', 'url.cn', 'w.url.cn', 'suo.im', 'suo.nu', 'c7.gg', 'bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd',
  't.co', 'rb.gy', 'cutt.ly', 'tiny.cc', 'shorturl.at', '3.cn', 'u.jd.com', 'm.tb.cn', 's.tb.cn', 'tb.cn', 'dwz.mk',
  '0x3.me', 'v.gd', 'bitly.com', 'buff.ly', 'qr.net', 'x.co', 'lnkd.in', 'reurl.cc', 'sohu.gg', '6du.in', 'a.co', 'dwz.date',
  'url.cy', 'sina.lt', 'kks.me', 'mrw.so',
]);

/** Platforms' own domains beyond the institutions' list: their links reach every customer. */
const PLATFORM_DOMAINS = [
  'baidu.com', 'weibo.com', 'sina.com.cn', 'douyin.com', 'kuaishou.com', 'pinduoduo.com', 'yangkeduo.com', 'vip.com',
  'suning.com', 'ctrip.com', 'didiglobal.com', 'xiaohongshu.com', 'bilibili.com', 'eleme.cn', 'ele.me', 'amap.com',
  'gov.cn', 'weixin.qq.com', 'wx.qq.com', 'google.com', 'microsoft.com', 'icloud.com', 'ccb.cn', 'jd.hk', 'tb.cn',
];

/** Second-level labels under which the registrable domain takes three labels (abc.com.cn). */
const SECOND_LEVEL = /^(?:com|net|org|gov|edu|co|ac|ltd|gen|biz|info)$/;

export interface MessageLink {
  /** host + path, lower-cased; the comparison key for "the same link". */
  link: string;
  /** The registrable domain, or null for shorteners, big platforms and raw IPs. */
  domain: string | null;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function registrableDomain(host: string): string {
  if (IPV4.test(host)) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const take = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

function isPlatformDomain(domain: string): boolean {
  for (const d of OFFICIAL_DOMAINS) if (domain === d || domain.endsWith('.' + d)) return true;
  for (const d of PLATFORM_DOMAINS) if (domain === d || domain.endsWith('.' + d)) return true;
  return false;
}

export interface LinkSpan extends MessageLink {
  start: number;
  end: number;
}

/** Every link in the text with its span (the template masks them). */
export function findMessageLinks(text: string): LinkSpan[] {
  const out: LinkSpan[] = [];
  if (!text.includes('.')) return out;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) {
    // The host part of an e-mail address is not a link to open.
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (!/^https?:|^www\./i.test(raw) && !/[/]|\.(?:com|cn|net|org|top|xyz|cc|vip|ly|gd|im|co\.uk|info|biz)\b/i.test(raw)) continue;
    const noScheme = raw.replace(/^https?:\/\//i, '').toLowerCase();
    const cut = noScheme.search(/[?#]/);
    const hostAndPath = (cut < 0 ? noScheme : noScheme.slice(0, cut)).replace(/\/+$/, '');
    const host = (hostAndPath.split(/[/:]/, 1)[0] ?? '').replace(/\.$/, '');
    if (!host.includes('.')) continue;
    const domain = registrableDomain(host);
    const generic = SHORTENERS.has(host) || SHORTENERS.has(domain) || isPlatformDomain(host);
    out.push({ link: hostAndPath, domain: generic ? null : domain, start: m.index, end: m.index + raw.length });
  }
  URL.lastIndex = 0;
  return out;
}
