// SPDX-License-Identifier: MIT
// Mainland vehicle plates: a province character, the issuing-office letter, and five characters
// (six for new-energy vehicles, which carry D or F first or last); letters I and O are never used.
// Written as 苏A12345, 粤B·12345 or 京AD12345. Real plates are mostly digits, which keeps
// "新ABCDE"-style product names out.
import type { PiiFinding } from '../model/analysis';

// Led by the office letter, which is rare in Chinese text, with the province character checked
// behind it: a pattern led by 31 province characters tests nearly every character of a message.
const PLATE =
  /[A-HJ-NP-Z](?<=(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][·•.\s]?[A-HJ-NP-Z])[·•.\s]?([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])/g;
const PROVINCE_BEFORE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][·•.\s]?$/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

export function findPlates(text: string, out: PiiFinding[]): void {
  PLATE.lastIndex = 0;
  for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
    const body = m[1]!;
    if (body.length === 6 && !/^[DF]|[DF]$/.test(body)) continue;
    if (digitCount(body) < (body.length === 6 ? 4 : 3)) continue;
    const start = m.index - PROVINCE_BEFORE.exec(text.slice(Math.max(0, m.index - 2), m.index))![0].length;
    const end = m.index + m[0].length;
    out.push({ type: 'plate', value: text.slice(start, end), start, end, score: 0.8 });
  }
}
