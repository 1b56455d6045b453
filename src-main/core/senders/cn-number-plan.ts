// SPDX-License-Identifier: MIT
// Mainland China's numbering plan (MIIT 电信网编号计划), as far as telling senders apart needs it.
// Numbers come out in the national form people see on their phones: `13800138000`, `02158888888`,
// `95588`, `106903...` — never with +86, so that the same sender written three ways is one sender.
import type { SenderKind } from '../model/sender';

export interface NormalizedAddress {
  address: string;
  kind: SenderKind;
}

// Mobile: 1[3-9] and 9 more digits.
const MOBILE = /^1[3-9]\d{9}$/;
// Fixed lines: trunk 0, then a 2-digit area code (10 Beijing, 2x big cities) with an 8-digit
// subscriber number, or a 3-digit area code with a 7- or 8-digit one.
const LANDLINE = /^0(?:(?:10|2\d)\d{8}|[3-9]\d{2}\d{7,8})$/;
// 400/800 are nationwide company hotlines, the same kind of sender as a bank's 95xxx.
const HOTLINE = /^[48]00\d{7}$/;
// 95xxx nationwide and 96xxx regional service numbers (libphonenumber's CN short-number pattern
// 9[56]\d{3,4}); banks also send from them with extension digits appended.
const SERVICE = /^9[56]\d{3,6}$/;
// 106 + digits: SMS gateways that platforms and companies send through (1062–1069 in the plan).
// Kept whole: the digits after the prefix identify the company's channel.
const GATEWAY = /^106\d{2,}$/;
// Carrier and government short numbers (10086, 10010, 10000, 12345, 12306, 12321), with the
// extension digits carriers add (1008611).
const CARRIER_SHORT = /^1[0-2]\d{3,6}$/;
const SHORT = /^\d{3,6}$/;
// A 7- or 8-digit local fixed-line number dialled without its area code.
const LOCAL_LANDLINE = /^[2-8]\d{6,7}$/;
// Prefixes carriers put in front of a real number: 12520 (China Mobile Fetion SMS) and the IP-call
// prefixes 17951, 17911, 12593, 17909, 10193, 11808. The sender is the number after them.
const ROUTING_PREFIXES = ['12520', '17951', '17911', '12593', '17909', '10193', '11808'];

/**
 * Classifies a domestic number: only ASCII digits, no country code. Returns null when it fits
 * no part of the plan, so the caller can try other readings.
 */
export function classifyDomestic(digits: string): NormalizedAddress | null {
  if (MOBILE.test(digits)) return { address: digits, kind: 'mobile' };
  const first = digits.charCodeAt(0);
  if (first === 0x30 /* 0 */) {
    if (LANDLINE.test(digits)) return { address: digits, kind: 'landline' };
    // Dialling 0 before a mobile from another province used to be required and still shows up.
    if (MOBILE.test(digits.slice(1))) return { address: digits.slice(1), kind: 'mobile' };
    return null;
  }
  if (HOTLINE.test(digits)) return { address: digits, kind: 'bank_service' };
  if (SERVICE.test(digits)) return { address: digits, kind: 'bank_service' };
  if (GATEWAY.test(digits)) return { address: digits, kind: 'sms_gateway' };
  for (const prefix of ROUTING_PREFIXES) {
    if (digits.length > prefix.length + 9 && digits.startsWith(prefix)) {
      const rest = classifyDomestic(digits.slice(prefix.length));
      if (rest && (rest.kind === 'mobile' || rest.kind === 'landline')) return rest;
    }
  }
  if (CARRIER_SHORT.test(digits) || SHORT.test(digits)) return { address: digits, kind: 'short_code' };
  if (LOCAL_LANDLINE.test(digits)) return { address: digits, kind: 'landline' };
  return null;
}

/**
 * Classifies what follows +86 / 0086: the international form drops the trunk 0 of fixed lines
 * (+86 21 5888 8888), and phones also show service senders this way (+8695588, +86106...).
 */
export function classifyAfterCountryCode(digits: string): NormalizedAddress | null {
  if (digits.charCodeAt(0) !== 0x30) {
    const asLandline = classifyDomestic(`0${digits}`);
    if (asLandline?.kind === 'landline') return asLandline;
  }
  return classifyDomestic(digits);
}

/**
 * A bare `86` prefix (no + or 00) is only taken for a country code when the rest is unmistakably a
 * Chinese number: a local number such as 86123456 must stay as it is.
 */
export function classifyAfterBare86(digits: string): NormalizedAddress | null {
  const found = classifyAfterCountryCode(digits);
  if (!found) return null;
  if (found.kind === 'mobile' || found.kind === 'sms_gateway') return found;
  if (found.kind === 'landline' && digits.length >= 10) return found;
  return null;
}
