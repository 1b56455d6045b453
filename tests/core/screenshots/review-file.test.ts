// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { draftFromReadings } from '../../../src-main/core/screenshots/review-draft';
import { looksLikeReviewFile, parseReviewFile, writeReviewFile } from '../../../src-main/core/screenshots/review-file';
import { reading } from './review-builders';

const FILE = '/home/li/review.json';

function draft() {
  return draftFromReadings([reading('/home/li/Pictures/IMG_0412.PNG', '+86 171 2345 6789')], 'Asia/Shanghai');
}

function errorOf(text: string): ImportInputError {
  try {
    parseReviewFile(text, FILE);
  } catch (err) {
    if (err instanceof ImportInputError) return err;
    throw err;
  }
  throw new Error('parseReviewFile accepted the file');
}

/** A written review with one change made the way a person edits the JSON. */
function edited(change: (doc: { screenshots: { sender: string; messages: Record<string, unknown>[] }[] } & Record<string, unknown>) => void): string {
  const doc = JSON.parse(writeReviewFile(draft()));
  change(doc);
  return JSON.stringify(doc, null, 2);
}

describe('review file', () => {
  it('round-trips a draft through the file', () => {
    const d = draft();
    expect(parseReviewFile(writeReviewFile(d), FILE)).toEqual(d);
  });

  it('writes keys in a fixed order with format first, and boxes and spans on one line', () => {
    const shuffled = draft();
    const m = shuffled.screenshots[0]!.messages[0]!;
    shuffled.screenshots[0]!.messages[0] = Object.fromEntries(Object.entries(m).reverse()) as typeof m;
    const text = writeReviewFile(shuffled);
    expect(text).toBe(writeReviewFile(draft()));
    expect(text.startsWith('{\n  "format": "leakline-screenshot-review",\n  "version": 1,')).toBe(true);
    expect(text).toContain('"box": {"x": 42, "y": 480, "width": 860, "height": 210}');
    expect(text).toContain('"low_confidence": [[9, 11]]');
    expect(text.indexOf('"text"')).toBeLessThan(text.indexOf('"recognized_text"'));
  });

  it('is recognised from its first bytes, with or without a byte order mark', () => {
    const text = writeReviewFile(draft());
    expect(looksLikeReviewFile(Buffer.from(text.slice(0, 200)))).toBe(true);
    expect(looksLikeReviewFile(Buffer.from(`\uFEFF${text}`))).toBe(true);
    expect(looksLikeReviewFile(Buffer.from('[{"address":"95588","body":"【工商银行】"}]'))).toBe(false);
    expect(looksLikeReviewFile(Buffer.from('{"format": "leakline-profile", "name": "李"}'))).toBe(false);
  });

  it('reports a file that is not JSON without quoting it', () => {
    const err = errorOf('{"format": "leakline-screenshot-review", "text": 您的借款已逾期}');
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toBe(`${FILE}: is not valid JSON (look for a missing comma, quote or bracket)`);
  });

  it('reports JSON of another kind as an unknown format', () => {
    const err = errorOf('[{"address": "95588", "body": "【工商银行】您尾号1234的卡支出500.00元"}]');
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toMatch(/is not a Leakline screenshot review/);
  });

  it('reports a version it does not read', () => {
    const err = errorOf(edited((doc) => void (doc.version = 2)));
    expect(err.message).toMatch(/version 2 of the screenshot review is not supported/);
  });

  it('names the screenshot, message and field of a schema problem, never the value', () => {
    const err = errorOf(
      edited((doc) => {
        doc.screenshots[0]!.messages[1]!.text = '';
        doc.screenshots[0]!.messages[0]!.direction = '收到';
      }),
    );
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toContain('screenshot 1 (/home/li/Pictures/IMG_0412.PNG), message 2, text: a message needs text');
    expect(err.message).toContain('screenshot 1 (/home/li/Pictures/IMG_0412.PNG), message 1, direction:');
    expect(err.message).not.toContain('收到');
    expect(err.message).not.toContain('逾期');
  });

  it('names a missing sender', () => {
    const err = errorOf(edited((doc) => void (doc.screenshots[0]!.sender = '')));
    expect(err.message).toMatch(/screenshot 1 \(.*\), sender: each screenshot needs a sender/);
  });

  it('names a problem of the whole review', () => {
    const err = errorOf(edited((doc) => void (doc.screenshots = [] as never)));
    expect(err.message).toMatch(/review\.json: screenshots: /);
  });
});
