// SPDX-License-Identifier: MIT
// What one incoming message offers to tie its sender to others: the numbers and IM handles it
// asks to be called back on, its links and their domains, the loan platforms it names, the
// accounts it asks money to be paid into, its 【signature】 and its template's SimHash. Pure and
// cheap: it reads the personal-information findings the analysis already stored. What the
// message shows about the user (their own numbers and cards) is knowledge, not a shared tool,
// and is left out by the caller's profile spans.
import type { PiiFinding } from '../model/analysis';
import type { LinkReasonKind } from '../model/timeline';
import { findMessageLinks } from './message-links';
import { MIN_TEMPLATE_LENGTH, maskTemplate, simHash64 } from './message-template';

export interface LinkFeature {
  kind: LinkReasonKind;
  value: string;
}

export interface FeatureInput {
  text: string;
  /** The sender's normalised address: a number that is the sender's own is no callback. */
  sender: string;
  findings: readonly PiiFinding[];
  /** Spans where the text shows an item of the user's profile. */
  profileSpans?: readonly { start: number; end: number }[];
}

const SIGNATURE_START = /^\s*【([^】\n]{2,24})】/;
const SIGNATURE_END = /【([^】\n]{2,24})】\s*$/;
const PAYMENT_CONTEXT = /(?:收款|账户|帐户|账号|帐号|户名|卡号|转账|转入|汇款|打款|支付宝|对公)[^，。,.;；]{0,6}$/;
const NUMBER_TYPES = new Set<PiiFinding['type']>(['mobile', 'landline']);

/** National form: the numbers senders and texts write with +86 or 0086 compare with those without. */
function nationalNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

// Short service numbers (95xxx, 96110, 12345) are institutions' published lines, named in
// warnings by everyone; they tie nothing together.
function isServiceNumber(digits: string): boolean {
  return /^(?:95|96|12)\d{3}(?:\d{3})?$/.test(digits) || digits.length < 7;
}

function overlapsAny(f: { start: number; end: number }, spans: readonly { start: number; end: number }[] | undefined): boolean {
  if (!spans) return false;
  for (const s of spans) if (f.start < s.end && s.start < f.end) return true;
  return false;
}

export function signatureOf(text: string): string | null {
  const m = SIGNATURE_START.exec(text) ?? SIGNATURE_END.exec(text);
  return m ? m[1]!.trim() : null;
}

export function extractLinkFeatures(input: FeatureInput): LinkFeature[] {
  const { text, sender, findings, profileSpans } = input;
  const out: LinkFeature[] = [];
  const seen = new Set<string>();
  const add = (kind: LinkReasonKind, value: string): void => {
    const key = kind + '\u0000' + value;
    if (value.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, value });
  };

  for (const f of findings) {
    if (overlapsAny(f, profileSpans)) continue;
    if (NUMBER_TYPES.has(f.type)) {
      const digits = nationalNumber(f.value);
      if (digits === sender || isServiceNumber(digits)) continue;
      const before = text.slice(Math.max(0, f.start - 12), f.start);
      add(PAYMENT_CONTEXT.test(before) ? 'payment_account' : 'callback', digits);
    } else if (f.type === 'qq' || f.type === 'wechat') {
      add('callback', `${f.type}:${f.value.toLowerCase()}`);
    } else if (f.type === 'bank_card') {
      add('payment_account', f.value.replace(/\D/g, ''));
    } else if (f.type === 'email') {
      const before = text.slice(Math.max(0, f.start - 12), f.start);
      add(PAYMENT_CONTEXT.test(before) ? 'payment_account' : 'callback', f.value.toLowerCase());
    } else if (f.type === 'platform') {
      add('platform', f.value);
    }
  }

  const links = findMessageLinks(text);
  for (const l of links) {
    add('link', l.link);
    if (l.domain) add('domain', l.domain);
  }

  const signature = signatureOf(text);
  if (signature) add('signature', signature);

  const template = maskTemplate(text, findings, links);
  if (template.length >= MIN_TEMPLATE_LENGTH) add('template', simHash64(template));
  return out;
}
