// SPDX-License-Identifier: MIT
// How the report writes times and escapes text. Times appear twice, local and UTC, since the
// reader (a police officer, a carrier) may compare them with records kept in either.
import { DateTime } from 'luxon';
import { visibleSegments, type VisibleMode } from '../text/visible-text';

export function localTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm:ss ZZ');
}

export function utcTime(ms: number): string {
  return new Date(ms).toISOString();
}

export function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Class of the markers visibleHtml writes; the report notes what they mean when one appears. */
export const MARKER_CLASS = 'inv';

/**
 * Someone else's text (a sender, a body) for HTML element content: escaped, with its invisible and
 * direction-changing characters as visible `⟨U+202E⟩` markers, so that a reversed name or a hidden
 * zero-width space reads as what it is, on screen and on paper.
 */
export function visibleHtml(text: string, mode: VisibleMode = 'name'): string {
  return visibleSegments(text, mode)
    .map((s) => (s.kind === 'text' ? escapeHtml(s.text) : `<span class="${MARKER_CLASS}" title="${escapeHtml(s.name ?? s.codePoint)}">${escapeHtml(s.text)}</span>`))
    .join('');
}

/** `{n}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
