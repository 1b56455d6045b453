// SPDX-License-Identifier: MIT
// One canonical address per sender, whatever way a phone or backup app wrote it, plus what kind of
// sender it is. Choices, so that callers can rely on them:
// - Mainland Chinese numbers come out in national form (`13800138000`, `02158888888`, `95588`);
//   `+8613800138000`, `008613800138000`, `8613800138000` and `138 0013 8000` are one sender.
// - Other countries' numbers come out in E.164 (`+15550000001`), classified by libphonenumber;
//   a valid number of unknown type, or one of possible length the metadata does not know, counts as
//   mobile; an impossible one keeps `+digits`, kind unknown.
// - Anything with an `@` is lowercased, kind email. That includes RCS group identifiers such as
//   `group_8@rcs.google.com`: SenderKind has no group kind and they are addresses, not names.
// - Letters (`ICBC`, `Google`, `淘宝`) make an alphanumeric sender, kept as written (trimmed).
// - Empty, `null` and Android's hidden-number markers (-1 unknown, -2 private, -3 payphone)
//   become the address `unknown`, kind unknown.
// - Several recipients (`a~b`, `a,b`) become one address: each part normalised, duplicates
//   dropped, sorted, joined with `,`; the kind is that of the first part in that sorted order.
import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';
import type { SenderKind } from '../model/sender';
import {
  classifyAfterBare86,
  classifyAfterCountryCode,
  classifyDomestic,
  type NormalizedAddress,
} from './cn-number-plan';

export type { NormalizedAddress };

const UNKNOWN: NormalizedAddress = Object.freeze({ address: 'unknown', kind: 'unknown' });
const HIDDEN_MARKERS = new Set(['', 'null', 'unknown', '-1', '-2', '-3']);
const LIST_SEPARATOR = /[~,;]/;
// Spaces (incl. no-break and ideographic), dashes, dots and brackets people and phones put in numbers.
const NUMBER_PUNCTUATION = /[\s\u00a0\u3000\-‐‑–—.()（）]/g;
const DIALABLE = /^\+?\d+$/;
const HAS_LETTER = /\p{L}/u;
// Full-width digits and plus sign, typed with a Chinese IME.
const FULL_WIDTH = /[\uff0b\uff10-\uff19]/;

// A backup has a few thousand distinct senders and up to millions of messages.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, NormalizedAddress>();

export function normalizeAddress(raw: string): NormalizedAddress {
  const cached = memo.get(raw);
  if (cached) return cached;
  const result = Object.freeze(normalizeUncached(raw));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, result);
  return result;
}

function normalizeUncached(raw: string): NormalizedAddress {
  const trimmed = raw.trim();
  if (HIDDEN_MARKERS.has(trimmed.toLowerCase())) return UNKNOWN;
  if (LIST_SEPARATOR.test(trimmed)) return normalizeList(trimmed);
  return normalizeOne(trimmed);
}

function normalizeList(text: string): NormalizedAddress {
  const parts = new Map<string, SenderKind>();
  for (const part of text.split(LIST_SEPARATOR)) {
    const one = normalizeOne(part.trim());
    if (one.kind !== 'unknown' || one.address !== UNKNOWN.address) parts.set(one.address, one.kind);
  }
  const addresses = [...parts.keys()].sort();
  const first = addresses[0];
  if (first === undefined) return UNKNOWN;
  return { address: addresses.join(','), kind: parts.get(first) ?? 'unknown' };
}

function normalizeOne(text: string): NormalizedAddress {
  if (HIDDEN_MARKERS.has(text.toLowerCase())) return UNKNOWN;
  if (text.includes('@')) return { address: text.toLowerCase(), kind: 'email' };
  const halfWidth = FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
  const compact = halfWidth.replace(NUMBER_PUNCTUATION, '');
  if (DIALABLE.test(compact)) return normalizeNumber(compact);
  if (HAS_LETTER.test(text)) return { address: text, kind: 'alphanumeric' };
  return { address: compact || text, kind: 'unknown' };
}

function normalizeNumber(number: string): NormalizedAddress {
  if (number.startsWith('+')) return normalizeInternational(number.slice(1));
  if (number.startsWith('00')) return normalizeInternational(number.slice(2));
  const domestic = classifyDomestic(number);
  if (domestic) return domestic;
  if (number.startsWith('86')) {
    const china = classifyAfterBare86(number.slice(2));
    if (china) return china;
  }
  return { address: number, kind: 'unknown' };
}

/** `digits` starts with a country calling code. */
function normalizeInternational(digits: string): NormalizedAddress {
  if (digits.startsWith('86')) {
    const china = classifyAfterCountryCode(digits.slice(2));
    if (china) return china;
  }
  const e164 = `+${digits}`;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isPossible()) return { address: e164, kind: 'unknown' };
  // A number of a possible length that the metadata does not know (a new range, or the fictional
  // 555 numbers) is still most likely someone's phone.
  if (!parsed.isValid()) return { address: parsed.number, kind: 'mobile' };
  return { address: parsed.number, kind: kindOfType(parsed.getType()) };
}

function kindOfType(type: NumberType): SenderKind {
  switch (type) {
    case 'FIXED_LINE':
      return 'landline';
    case 'TOLL_FREE':
    case 'SHARED_COST':
    case 'PREMIUM_RATE':
    case 'UAN':
      return 'bank_service';
    default:
      // MOBILE, FIXED_LINE_OR_MOBILE (all North American numbers), PAGER, VOIP, PERSONAL_NUMBER,
      // or no type known: a number a person can text from.
      return 'mobile';
  }
}
