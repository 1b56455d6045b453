// SPDX-License-Identifier: MIT
// How much text saxes is holding for the token it has not finished reading. saxes gathers an
// attribute value, a comment, a CDATA section, a DOCTYPE, a name or an entity reference in one
// string until the token ends, and exposes no limit; a 2 GB attribute with no closing quote grew
// that string until V8 refused it (RangeError: Invalid string length, at ~600 MB of memory).
// Reading its fields is reaching into internals, as skipAttributeDictionary does: if a release
// renames them this reports 0 and the limit is lost, which tests/core/import/resource-bombs.test.ts
// would show.
import type { SaxesParser } from 'saxes';

type PlainSaxesParser = SaxesParser<{ xmlns: false; position: true }>;

const HOLDING_FIELDS = ['text', 'name', 'entity', 'piTarget'] as const;

export function heldChars(parser: PlainSaxesParser): number {
  const internals = parser as unknown as Partial<Record<(typeof HOLDING_FIELDS)[number], unknown>>;
  let chars = 0;
  for (const field of HOLDING_FIELDS) {
    const value = internals[field];
    if (typeof value === 'string') chars += value.length;
  }
  return chars;
}
