// SPDX-License-Identifier: MIT
// SMS Backup & Restore writes each character outside the BMP as two numeric character references,
// one per UTF-16 surrogate (`&#55357;&#56834;` for 😂). XML 1.0 allows no reference to a surrogate
// (nor to most control characters), so a strict parser rejects the whole backup. This pass runs on
// the decoded text before the parser: a high+low surrogate reference pair becomes the real character,
// and any other reference to a code point XML forbids (lone surrogate, U+0000–U+001F except tab/LF/CR,
// U+FFFE, U+FFFF, > U+10FFFF) becomes U+FFFD. Everything else passes through untouched, so the parser
// still judges well-formedness. It is a streaming transform: a reference cut by a chunk boundary is
// held back until the next chunk arrives.

const AMP = 0x26;
const HASH = 0x23;
const SEMICOLON = 0x3b;
const LOWER_X = 0x78;
const REPLACEMENT = '\uFFFD';
/** More digits than this cannot name a code point the parser would accept; leave such text alone. */
const MAX_DIGITS = 10;
const INCOMPLETE = -1;
const NOT_A_REF = -2;

interface ScannedRef {
  /** Index just past the `;`, or INCOMPLETE / NOT_A_REF. */
  end: number;
  value: number;
}

/** Reads `&#123;` / `&#x7B;` starting at `at` (which holds `&#`). */
function scanRef(s: string, at: number, final: boolean, out: ScannedRef): void {
  let i = at + 2;
  const hex = s.charCodeAt(i) === LOWER_X;
  if (hex) i += 1;
  const digitsStart = i;
  let value = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
    else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
    else break;
    if (i - digitsStart >= MAX_DIGITS) {
      out.end = NOT_A_REF;
      return;
    }
    value = value * (hex ? 16 : 10) + digit;
  }
  if (i === s.length) {
    out.end = final ? NOT_A_REF : INCOMPLETE;
    return;
  }
  if (i === digitsStart || s.charCodeAt(i) !== SEMICOLON) {
    out.end = NOT_A_REF;
    return;
  }
  out.end = i + 1;
  out.value = value;
}

function isXmlChar(cp: number): boolean {
  if (cp < 0x20) return cp === 0x9 || cp === 0xa || cp === 0xd;
  if (cp <= 0xd7ff) return true;
  if (cp < 0xe000) return false;
  if (cp <= 0xfffd) return true;
  return cp >= 0x10000 && cp <= 0x10ffff;
}

const isHighSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdbff;
const isLowSurrogate = (cp: number): boolean => cp >= 0xdc00 && cp <= 0xdfff;

export class CharRefRepair {
  private carry = '';
  private readonly first: ScannedRef = { end: 0, value: 0 };
  private readonly second: ScannedRef = { end: 0, value: 0 };

  /** Returns the repaired text that is safe to hand on; may keep a short tail for the next call. */
  push(text: string): string {
    const s = this.carry.length > 0 ? this.carry + text : text;
    return this.run(s, false);
  }

  /** Returns whatever was held back, repaired as far as it can be at the end of input. */
  flush(): string {
    const s = this.carry;
    this.carry = '';
    return this.run(s, true);
  }

  private run(s: string, final: boolean): string {
    const { first, second } = this;
    let out = '';
    let from = 0;
    let i = 0;
    for (;;) {
      const j = s.indexOf('&#', i);
      if (j < 0) {
        const keep = !final && s.length > from && s.charCodeAt(s.length - 1) === AMP ? 1 : 0;
        this.carry = keep ? '&' : '';
        return out + s.slice(from, s.length - keep);
      }
      scanRef(s, j, final, first);
      if (first.end === INCOMPLETE) return this.holdBack(out, s, from, j);
      if (first.end === NOT_A_REF) {
        i = j + 2;
        continue;
      }
      const value = first.value;
      if (isXmlChar(value)) {
        i = first.end;
        continue;
      }
      let replacement = REPLACEMENT;
      let end = first.end;
      if (isHighSurrogate(value)) {
        if (s.charCodeAt(end) === AMP && s.charCodeAt(end + 1) === HASH) {
          scanRef(s, end, final, second);
          if (second.end === INCOMPLETE) return this.holdBack(out, s, from, j);
          if (second.end >= 0 && isLowSurrogate(second.value)) {
            replacement = String.fromCharCode(value, second.value);
            end = second.end;
          }
        } else if (!final && (end === s.length || (end === s.length - 1 && s.charCodeAt(end) === AMP))) {
          // The low half may be in the next chunk.
          return this.holdBack(out, s, from, j);
        }
      }
      out += s.slice(from, j) + replacement;
      from = i = end;
    }
  }

  private holdBack(out: string, s: string, from: number, at: number): string {
    this.carry = s.slice(at);
    return out + s.slice(from, at);
  }
}
