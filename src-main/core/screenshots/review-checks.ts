// SPDX-License-Identifier: MIT
// What a review must satisfy before anything is stored, checked up front so that a mistake in the
// fortieth screenshot does not leave the first thirty-nine half written. Errors name the screenshot
// file and the message's number in it (as the page and the review file count them, from 1), never
// the message's text.
import { ImportInputError } from '../errors';
import type { ScreenshotReviewDraft } from '../model/screenshot';
import { instantOfIso, isKnownZone, midnightOf } from './review-time';

function fail(file: string, detail: string): never {
  throw new ImportInputError('MALFORMED_INPUT', file, detail);
}

/**
 * Throws MALFORMED_INPUT for the first problem found: an unknown time zone, a screenshot with
 * messages to import but no sender, an unreal reference day, a message to import without text, or
 * a time that is not ISO 8601. Skipped messages are not checked.
 */
export function checkReview(review: ScreenshotReviewDraft, reviewName = 'screenshot review'): void {
  if (!isKnownZone(review.time_zone)) {
    fail(reviewName, `unknown time zone "${review.time_zone}" (use an IANA name such as Asia/Shanghai)`);
  }
  review.screenshots.forEach((shot, s) => {
    const kept = shot.messages.filter((m) => !m.skip);
    if (kept.length === 0) return;
    if (shot.sender.trim() === '') {
      fail(shot.file, `screenshot ${s + 1} needs a sender (the number or name in its header), or skip all its messages`);
    }
    if (midnightOf(shot.reference_date, review.time_zone) === null) {
      fail(shot.file, `screenshot ${s + 1}: the reference date is not a real day`);
    }
    shot.messages.forEach((m, i) => {
      if (m.skip) return;
      if (m.text.trim() === '') fail(shot.file, `message ${i + 1} has no text (set "skip": true to leave it out)`);
      if (m.time !== null && instantOfIso(m.time, review.time_zone) === null) {
        fail(shot.file, `message ${i + 1}: the time is not an ISO 8601 time such as 2025-04-16T13:09:00+08:00`);
      }
    });
  });
}
