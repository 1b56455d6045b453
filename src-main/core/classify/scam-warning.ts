// SPDX-License-Identifier: MIT
// Anti-fraud warnings (国家反诈中心, banks, police) name every scam script they warn about —
// 刷单返利, 注销校园贷, 安全账户 — so the scam lexicons fire on them. What sets them apart is
// the voice: they call those scripts 诈骗 and tell the reader not to fall for them.
const WARNING =
  /谨防|警惕|提防|反诈|防骗|防范[^。！？\n]{0,4}?诈骗|(?:都|均|就|全)(?:是|为|属)诈骗|诈骗(?:类型|手段|高发|分子|套路|预警|信息)|不存在[^。！？\n]{0,8}?安全账户|不会[^。！？\n]{0,12}?(?:要求|让您|让你|索要)/;

export function isScamWarning(text: string): boolean {
  return WARNING.test(text);
}
