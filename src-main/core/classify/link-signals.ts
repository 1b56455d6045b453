// SPDX-License-Identifier: MIT
// Links in the text and what kind: a short link hides where it goes, a raw IP has no owner,
// and a domain that wears a bank's name but is not the bank's (icbc-vip.cn,
// 95588.com.cn-xx.top) is built to deceive.
import { BRAND_TOKENS, OFFICIAL_DOMAINS } from './lexicon-institutions';
import type { SignalSink } from './signal-sink';

const TLDS =
  'com|cn|net|org|top|xyz|cc|vip|info|me|co|io|club|site|online|shop|ly|gd|im|tk|ml|ga|cf|win|icu|link|app|uk|us|biz|pw|ws|tv|in|ru|hk|tw|mobi|asia|live|fun|store|tech|work|ink|wang|ren|gov';
// A scheme URL, a www. address, or a bare host ending in a known TLD (optionally with a path).
const URL = new RegExp(
  `https?://[^\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef"'<>]+` +
    `|\\bwww\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+[^\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef"'<>]*` +
    `|\\b[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63})*\\.(?:${TLDS})\\b(?:/[^\\s\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef"'<>]*)?`,
  'gi',
);
const SHORTENERS =
  /^(?:t\.cn|dwz\.cn|url\.cn|suo\.im|suo\.nu|c7\.gg|bit\.ly|tinyurl\.com|goo\.gl|ow\.ly|is\.gd|t\.co|rb\.gy|cutt\.ly|tiny\.cc|shorturl\.at|3\.cn|u\.jd\.com|m\.tb\.cn|s\.tb\.cn|tb\.cn|dwz\.mk|w\.url\.cn|0x3\.me|v\.gd|bitly\.com|buff\.ly|qr\.net|x\.co|lnkd\.in|reurl\.cc|sohu\.gg|6du\.in|a\.co)$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SUSPICIOUS_TLD = /\.(?:top|xyz|cc|vip|club|site|online|icu|win|tk|ml|ga|cf|pw|work|ink|wang|ren|live|fun|shop)$/i;

function hostOf(url: string): string {
  const noScheme = url.replace(/^https?:\/\//i, '');
  const host = noScheme.split(/[/?#:]/, 1)[0] ?? '';
  return host.toLowerCase().replace(/\.$/, '');
}

function isOfficial(host: string): boolean {
  return OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith('.' + d));
}

export interface LinkFacts {
  count: number;
  /** A link a scam would use: short, raw IP or look-alike. */
  suspicious: boolean;
}

export function linkSignals(text: string, sink: SignalSink): LinkFacts {
  URL.lastIndex = 0;
  let count = 0;
  let suspicious = false;
  let m: RegExpExecArray | null;
  while (count < 6 && (m = URL.exec(text)) !== null) {
    // The host part of an e-mail address is not a link to open.
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    // A bare "x.y" word in prose (e.g. "ok.so") only counts when it looks like a host.
    if (!/^https?:|^www\./i.test(raw) && !/[/]|\.(?:com|cn|net|org|top|xyz|cc|vip|ly|gd|im|co\.uk|info|biz)\b/i.test(raw)) continue;
    const start = m.index;
    const end = start + raw.length;
    count++;
    sink.add('link', start, end);
    const host = hostOf(raw);
    if (SHORTENERS.test(host)) {
      sink.add('short_link', start, end);
      suspicious = true;
    } else if (IPV4.test(host)) {
      sink.add('ip_link', start, end);
      suspicious = true;
    } else if (!isOfficial(host) && (BRAND_TOKENS.test(host) || (SUSPICIOUS_TLD.test(host) && /\d{3,}|-/.test(host)))) {
      sink.add('lookalike_domain', start, end);
      suspicious = true;
    }
  }
  URL.lastIndex = 0;
  return { count, suspicious };
}
