// SPDX-License-Identifier: MIT
// The user's stars, tags and notes as the page holds them: a tag as the user typed it made into
// the spelling the main side stores, a change applied to rows already on screen (so that a star
// does not refetch the list), and the tags offered for a filter or as suggestions.
import type { RequestOf, ResponseOf } from '../../src-main/ipc/contract';

/** One change to the marks of some messages or senders: what 'annotations:set' takes besides the target. */
export type MarkChange = Omit<RequestOf<'annotations:set'>, 'target'>;
export type TagUse = ResponseOf<'annotations:tags'>['tags'][number];

export interface Marks {
  starred: boolean;
  tags: string[];
}

/**
 * The contract's limits, which its schema counts in code points. A textarea's maxlength counts
 * UTF-16 units, so a note the field allows is never one the contract refuses.
 */
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 4000;

export type TagInput = { ok: true; tag: string } | { ok: false; reason: 'empty' | 'tooLong' };

/** White space runs as one space and trimmed, the way the main side stores a tag. */
export function readTagInput(raw: string): TagInput {
  const tag = raw.replace(/\s+/gu, ' ').trim();
  if (tag.length === 0) return { ok: false, reason: 'empty' };
  if ([...tag].length > MAX_TAG_LENGTH) return { ok: false, reason: 'tooLong' };
  return { ok: true, tag };
}

/** A note with nothing but white space is no note: the main side stores null for it. */
export function noteValue(draft: string): string | null {
  return draft.trim().length === 0 ? null : draft;
}

// SQLite's NOCASE, which the tags table uses, folds ASCII letters only: "Lawyer" and "lawyer" are
// one tag, while letters outside ASCII keep their case.
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function sameTag(a: string, b: string): boolean {
  return foldAscii(a) === foldAscii(b);
}

/** The tag as stored: the spelling already in use when there is one, since the first one typed is kept. */
export function storedSpelling(tag: string, known: readonly string[]): string {
  return known.find((k) => sameTag(k, tag)) ?? tag;
}

function sortTags(tags: string[]): string[] {
  return tags.sort((a, b) => (foldAscii(a) < foldAscii(b) ? -1 : foldAscii(a) > foldAscii(b) ? 1 : 0));
}

/**
 * The marks after a change the main side accepted, computed here so that the rows on screen and
 * the opened message or sender show it at once. A note is changed only on what carries one.
 */
export function applyMarkChange<T extends Marks & { note?: string | null }>(marks: T, change: MarkChange, known: readonly string[]): T {
  const next: T = { ...marks, tags: [...marks.tags] };
  if (change.star !== undefined) next.starred = change.star;
  if (change.addTag !== undefined) {
    const input = readTagInput(change.addTag);
    if (input.ok && !next.tags.some((t) => sameTag(t, input.tag))) next.tags = sortTags([...next.tags, storedSpelling(input.tag, known)]);
  }
  if (change.removeTag !== undefined) {
    const input = readTagInput(change.removeTag);
    if (input.ok) next.tags = next.tags.filter((t) => !sameTag(t, input.tag));
  }
  if (change.note !== undefined && 'note' in marks) next.note = change.note === null ? null : noteValue(change.note);
  return next;
}

/** Whether a change can make a row enter or leave a list filtered by star or tag. */
export function changesMembership(change: MarkChange): boolean {
  return change.star !== undefined || change.addTag !== undefined || change.removeTag !== undefined;
}

/**
 * The tags a filter offers: those carried by at least one message (or sender), most used first as
 * the main side lists them, and the one chosen even when nothing carries it any more, so that the
 * select still shows what the list is filtered by.
 */
export function tagChoices(tags: readonly TagUse[], of: 'messages' | 'senders', chosen: string): string[] {
  const used = tags.filter((t) => t[of] > 0).map((t) => t.tag);
  return chosen && !used.some((t) => sameTag(t, chosen)) ? [chosen, ...used] : used;
}

/** Suggestions for the tag editor: every tag in use that the target does not carry yet. */
export function tagSuggestions(tags: readonly TagUse[], present: readonly string[]): string[] {
  return tags.map((t) => t.tag).filter((tag) => !present.some((p) => sameTag(p, tag)));
}

/** The star and tag part of a list request: only real constraints, never `starred: false`. */
export function markFilter(starredOnly: boolean, tag: string): { starred?: true; tag?: string } {
  const input = readTagInput(tag);
  return { ...(starredOnly ? { starred: true as const } : {}), ...(input.ok ? { tag: input.tag } : {}) };
}
