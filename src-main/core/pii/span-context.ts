// SPDX-License-Identifier: MIT
// A few characters either side of a match: what decides whether "尾号1234" is a card, a phone or an
// ID, and whether a digit run is an order number or a verification code rather than personal data.

export function textBefore(text: string, index: number, width: number): string {
  return text.slice(Math.max(0, index - width), index);
}

export function textAfter(text: string, index: number, width: number): string {
  return text.slice(index, index + width);
}

/** Words that introduce a number which is about a parcel, an order or a one-time code, not a person. */
const NOT_PERSONAL_NUMBER = /(?:验证码|校验码|动态码|确认码|取件码|提货码|密码|订单号?|单号|编号|快件|运单|流水号?|工单号?|批次|型号|code|order|tracking)[\s:：为是]*$/i;

export function introducesNonPersonalNumber(text: string, start: number): boolean {
  return NOT_PERSONAL_NUMBER.test(textBefore(text, start, 8));
}
