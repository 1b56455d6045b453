// SPDX-License-Identifier: MIT
// A report may be handed to a lender, a carrier or the police, so the user's own details inside
// cited messages are masked the way the rest of the report masks them, unless they chose to reveal.
// The analysis's mention spans catch the forms senders print (林**, 139****5678, 尾号8848); a plain
// search for each whole profile value catches anything the matcher scored too low to store.
import type { ProfileItem } from '../model/profile';
import { maskProfileValue } from '../profile/profile-items';

export interface MentionSpan {
  itemKey: string;
  start: number;
  end: number;
}

/** Masks `items`' values in `text`: at the mention spans, then wherever a whole value still occurs. */
export function maskCitedText(text: string, spans: readonly MentionSpan[], items: readonly ProfileItem[]): string {
  const byKey = new Map(items.map((i) => [i.key, i]));
  let out = text;
  // Right to left, so earlier offsets stay valid; overlapping spans keep the first (rightmost) one.
  let limit = Infinity;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    const item = byKey.get(span.itemKey);
    if (!item || span.end > limit || span.start < 0 || span.end > out.length || span.start >= span.end) continue;
    out = out.slice(0, span.start) + maskSpan(item, out.slice(span.start, span.end)) + out.slice(span.end);
    limit = span.start;
  }
  // Longest values first: a relative's full name may contain the user's surname-only value.
  for (const item of [...items].sort((a, b) => b.value.length - a.value.length)) {
    const value = item.value.trim();
    if ([...value].length < 2) continue;
    if (out.includes(value)) out = out.split(value).join(maskProfileValue(item.type, value));
  }
  return out;
}

function maskSpan(item: ProfileItem, shown: string): string {
  // A form the sender already masked (林**, 139****5678) masks to itself and stays as evidence of
  // exactly what they showed; a whole value or a bare fragment gets the report's own mask.
  return maskProfileValue(item.type, shown);
}
