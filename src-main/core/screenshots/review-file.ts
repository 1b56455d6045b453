// SPDX-License-Identifier: MIT
// The review as a file (`leakline import --review` writes it, the user edits it in any text editor,
// `leakline import` reads it back). It is written with a fixed key order and the short arrays and
// boxes on one line, so that it diffs well and the text fields are easy to find; read back, every
// problem is reported with where it is in the document, never with what the messages say.
import type { z } from 'zod';
import { ImportInputError } from '../errors';
import { SCREENSHOT_REVIEW_FORMAT, ScreenshotReview, type ScreenshotReviewDraft } from '../model/screenshot';

const FORMAT_FIELD = new RegExp(`"format"\\s*:\\s*"${SCREENSHOT_REVIEW_FORMAT}"`);
const MAX_ISSUES = 5;

/** Whether the first bytes of a file are a screenshot review (format named near the start, as this module writes it). */
export function looksLikeReviewFile(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  return /^\s*\{/.test(text) && FORMAT_FIELD.test(text);
}

/** Where an issue is, in the words of the review: "screenshot 2 (IMG_0413.PNG), message 3: text". */
function placeOf(path: readonly PropertyKey[], data: unknown): string {
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'screenshots' && typeof path[1] === 'number') {
    const shots = (data as { screenshots?: unknown }).screenshots;
    const file = Array.isArray(shots) ? (shots[path[1]] as { file?: unknown } | undefined)?.file : undefined;
    parts.push(`screenshot ${path[1] + 1}${typeof file === 'string' ? ` (${file})` : ''}`);
    i = 2;
    if (path[2] === 'messages' && typeof path[3] === 'number') {
      parts.push(`message ${path[3] + 1}`);
      i = 4;
    }
  }
  const rest = path.slice(i).map(String).join('.');
  if (rest !== '') parts.push(rest);
  return parts.length === 0 ? 'the review' : parts.join(', ');
}

function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `${placeOf(issue.path, data)}: ${issue.message}`);
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
  return shown.join('; ') + more;
}

/**
 * Reads a review file. Throws ImportInputError: MALFORMED_INPUT when it is not JSON, is another
 * version, or breaks the schema (each problem as its place and what is wrong); UNKNOWN_FORMAT when
 * it is JSON but not a screenshot review.
 */
export function parseReviewFile(text: string, file: string): ScreenshotReview {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's own message quotes the text around the error, which may be a message's words.
    throw new ImportInputError('MALFORMED_INPUT', file, 'is not valid JSON (look for a missing comma, quote or bracket)');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SCREENSHOT_REVIEW_FORMAT) {
    throw new ImportInputError('UNKNOWN_FORMAT', file, `is not a Leakline screenshot review (its "format" must be "${SCREENSHOT_REVIEW_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (version !== 1) {
    const which = typeof version === 'number' ? `version ${version}` : 'this version';
    throw new ImportInputError('MALFORMED_INPUT', file, `${which} of the screenshot review is not supported (this Leakline reads version 1)`);
  }
  const parsed = ScreenshotReview.safeParse(data);
  if (!parsed.success) throw new ImportInputError('MALFORMED_INPUT', file, describeIssues(parsed.error.issues, data));
  return parsed.data;
}

/** Arrays of numbers, boxes and other flat records go on one line when they are short. */
function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'number' || (Array.isArray(v) && v.every((n) => typeof n === 'number')));
  if (typeof value === 'object' && value !== null) return Object.values(value).every((v) => typeof v === 'number');
  return false;
}

function render(value: unknown, indent: string): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (isFlat(value)) {
    const line = JSON.stringify(value).replace(/,/g, ', ').replace(/":/g, '": ');
    if (line.length <= 80) return line;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + render(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** The review as a file to edit, keys in the schema's order whatever order the draft's objects have. */
export function writeReviewFile(draft: ScreenshotReviewDraft): string {
  const document = {
    format: draft.format,
    version: draft.version,
    time_zone: draft.time_zone,
    screenshots: draft.screenshots.map((s) => ({
      file: s.file,
      sha256: s.sha256,
      sender: s.sender,
      recognized_sender: s.recognized_sender,
      reference_date: s.reference_date,
      messages: s.messages.map((m) => ({
        text: m.text,
        time: m.time,
        time_text: m.time_text,
        direction: m.direction,
        skip: m.skip,
        confidence: m.confidence,
        recognized_text: m.recognized_text,
        partial: m.partial,
        low_confidence: m.low_confidence,
        box: m.box,
      })),
    })),
  };
  return `${render(document, '')}\n`;
}
