// SPDX-License-Identifier: MIT
// One spelling rule for tags, applied wherever a tag comes in (the page, the CLI, bulk edits), so
// that " 律师 " and "律师" are one tag and a pasted paragraph cannot become one.
import { LeaklineError } from '../errors';

export const MAX_TAG_CHARS = 40;

/** The tag as stored: trimmed, inner runs of white space as one space, case kept. */
export function normalizeTag(raw: string): string {
  const tag = raw.replace(/\s+/gu, ' ').trim();
  if (tag.length === 0) throw new LeaklineError('BAD_REQUEST', 'a tag cannot be empty');
  if ([...tag].length > MAX_TAG_CHARS) throw new LeaklineError('BAD_REQUEST', `a tag has at most ${MAX_TAG_CHARS} characters`);
  return tag;
}

/** A note as stored: null when it has nothing but white space. */
export function normalizeNote(raw: string | null): string | null {
  if (raw === null) return null;
  return raw.trim().length === 0 ? null : raw;
}
