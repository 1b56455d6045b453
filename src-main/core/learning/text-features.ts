// SPDX-License-Identifier: MIT
// The features the on-device model sees: character bigrams of CJK text (Chinese has no spaces to
// split words on, and two characters carry most of a word's meaning), lower-cased Latin words, and
// digit runs collapsed to their length so that amounts, dates and codes generalise.
const TOKEN = /[\p{Script=Han}]+|[a-z]+|\d+|[^\s\p{L}\p{N}]/giu;
const HAN = /^\p{Script=Han}/u;
const MAX_FEATURES = 400;

export function textFeatures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 1000).matchAll(TOKEN)) {
    const t = m[0];
    if (HAN.test(t)) {
      if (t.length === 1) out.push(t);
      for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
    } else if (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57) {
      out.push(`#${Math.min(t.length, 12)}`);
    } else {
      out.push(t.toLowerCase());
    }
    if (out.length >= MAX_FEATURES) break;
  }
  return out;
}
