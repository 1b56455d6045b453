// SPDX-License-Identifier: MIT
// What the sender's number says: an institution's service number, a 106 SMS gateway, a carrier,
// a private phone. And whether it fits the institution the text claims to be — the single most
// telling fact about an impersonation, because real banks do not text from private mobiles.
import { normalizeAddress } from '../senders/normalize-address';
import { INSTITUTION_NAMES, institutionNamed, type Institution } from './lexicon-institutions';
import type { SignalSink } from './signal-sink';

export type SenderClass =
  | 'none'
  | 'service'
  | 'gateway'
  | 'carrier'
  | 'short'
  | 'mobile'
  | 'landline'
  | 'foreign'
  | 'alphanumeric'
  | 'email';

export interface SenderFacts {
  cls: SenderClass;
  /** The text claims an institution and the sender is one of its numbers (or a gateway it may use). */
  official: boolean;
  mismatch: boolean;
  claimed: Institution | null;
}

// A name counts as the sender's claim when it signs the message (【工商银行】, a trailing
// signature) or speaks for itself (工商银行提醒您, 尊敬的建行客户), not when a friend mentions a bank.
const BRACKET_TAG = /^\s*[【[]([^】\]]{1,20})[】\]]|[【[]([^】\]]{1,20})[】\]]\s*$/;
const CLAIM_AFTER = /^(?:信用卡中心|信用卡|客服|提醒|温馨提示|通知|提示|官方|贷后|风控|法务|民警|警官|工作人员|中心)/;
const CLAIM_BEFORE = /(?:尊敬的|我是|这里是|您好我是|您好，我是)$/;
// "我行" / "本行" is a bank speaking of itself: then the bank it names anywhere is its claim.
const BANK_SELF = /我行|本行/;

function kindClass(sender: string): { cls: SenderClass; address: string } {
  const { address, kind } = normalizeAddress(sender);
  const foreign = address.startsWith('+');
  switch (kind) {
    case 'bank_service':
      return { cls: foreign ? 'foreign' : 'service', address };
    case 'sms_gateway':
      // 1065x are carrier-run gateways, but businesses rent them like any other 106 channel.
      return { cls: 'gateway', address };
    case 'short_code':
      return { cls: /^100\d\d/.test(address) ? 'carrier' : 'short', address };
    case 'mobile':
      return { cls: foreign ? 'foreign' : 'mobile', address };
    case 'landline':
      return { cls: foreign ? 'foreign' : 'landline', address };
    case 'alphanumeric':
      return { cls: 'alphanumeric', address };
    case 'email':
      return { cls: 'email', address };
    default:
      return { cls: 'none', address };
  }
}

const CLASS_SIGNAL = {
  service: 'sender_bank_service',
  gateway: 'sender_gateway_business',
  carrier: 'sender_carrier',
  short: 'sender_short_code',
  mobile: 'sender_mobile',
  landline: 'sender_landline',
  foreign: 'sender_foreign',
  alphanumeric: 'sender_alphanumeric',
  email: 'sender_email',
} as const;

/**
 * MIIT numbering plan 2017 (工信部信管[2017]68号): 1063 and 1069 are the provincial and national
 * platforms for non-commercial SMS (public services, verification codes, account notices); 1062
 * and 1066 carry commercial SMS, and 1065 the carriers' own services, which businesses rent too.
 */
function gatewaySignal(address: string): 'sender_gateway_service' | 'sender_gateway_business' {
  return /^106[39]/.test(address) ? 'sender_gateway_service' : 'sender_gateway_business';
}

/** The institution the text speaks for, with the span of its name. */
export function claimedInstitution(text: string): { inst: Institution; start: number; end: number } | null {
  const tag = BRACKET_TAG.exec(text);
  INSTITUTION_NAMES.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found: { inst: Institution; start: number; end: number } | null = null;
  const bankSelf = BANK_SELF.test(text);
  while ((m = INSTITUTION_NAMES.exec(text)) !== null) {
    const inst = institutionNamed(m[0]);
    if (!inst) continue;
    const start = m.index;
    const end = start + m[0].length;
    const inTag = tag !== null && start >= tag.index && end <= tag.index + tag[0].length;
    const speaks =
      inTag ||
      (bankSelf && inst.kind === 'bank') ||
      CLAIM_AFTER.test(text.slice(end, end + 6)) ||
      CLAIM_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
      start <= 1 ||
      end >= text.length - 1;
    if (speaks) {
      found = { inst, start, end };
      break;
    }
  }
  INSTITUTION_NAMES.lastIndex = 0;
  return found;
}

export type Claim = NonNullable<ReturnType<typeof claimedInstitution>>;

export function senderSignals(sender: string | null, claim: Claim | null, sink: SignalSink): SenderFacts {
  if (sender === null || sender.trim() === '') return { cls: 'none', official: false, mismatch: false, claimed: null };
  const { cls, address } = kindClass(sender);
  if (cls !== 'none') sink.add(cls === 'gateway' ? gatewaySignal(address) : CLASS_SIGNAL[cls], null, null);
  if (!claim) return { cls, official: false, mismatch: false, claimed: null };
  const { inst } = claim;
  let mismatch = false;
  let official = false;
  if (cls === 'mobile' || cls === 'landline' || cls === 'foreign' || cls === 'email') mismatch = true;
  else if (cls === 'service' || cls === 'carrier' || cls === 'short') {
    if (inst.numbers.length > 0) {
      official = inst.numbers.some((n) => address.startsWith(n));
      mismatch = !official;
    } else official = cls === 'service';
  } else if (cls === 'gateway') official = true;
  if (mismatch) {
    sink.add('sender_mismatch', null, null);
    sink.add(inst.kind === 'authority' ? 'impersonation_authority' : 'impersonation_bank', claim.start, claim.end);
  }
  return { cls, official, mismatch, claimed: inst };
}
