// SPDX-License-Identifier: MIT
// Instant-messaging contacts a message asks you to add: WeChat IDs (微信/薇信/V信/vx/wx, the
// misspellings exist to slip past carrier filters), QQ numbers, and e-mail addresses. Scams and
// illegal collectors move the conversation there. Values are the handle as written.
import type { PiiFinding } from '../model/analysis';

const WECHAT =
  /(?:微信|薇信|威信|徽信|维信|V信|v信|(?<![A-Za-z])(?:VX|vx|Vx|wx|WX|weixin|wechat|WeChat)|加[vV](?![A-Za-z]))(?:号码?|ID|id)?[\s:：]*(?:是|为)?[\s:：]*([A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9}|[1-9]\d{4,10})(?![-_A-Za-z0-9])/g;
const QQ = /(?:(?<![A-Za-z])(?:QQ|qq|Qq)|扣扣|企鹅)(?:号码?|群号?)?[\s:：]*(?:是|为)?[\s:：]*([1-9]\d{4,10})(?!\d)/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:[a-z]{2,12}|[A-Z]{2,12})(?![A-Za-z])/g;

function pushHandle(out: PiiFinding[], type: 'wechat' | 'qq', m: RegExpExecArray, score: number): void {
  const handle = m[1]!;
  const start = m.index + m[0].length - handle.length;
  out.push({ type, value: handle, start, end: start + handle.length, score });
}

export function findImHandles(text: string, out: PiiFinding[]): void {
  WECHAT.lastIndex = 0;
  for (let m = WECHAT.exec(text); m; m = WECHAT.exec(text)) pushHandle(out, 'wechat', m, 0.85);
  QQ.lastIndex = 0;
  for (let m = QQ.exec(text); m; m = QQ.exec(text)) pushHandle(out, 'qq', m, 0.85);
}

export function findEmails(text: string, out: PiiFinding[]): void {
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
    out.push({ type: 'email', value: m[0], start: m.index, end: m.index + m[0].length, score: 0.95 });
  }
}
