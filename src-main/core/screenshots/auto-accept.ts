// SPDX-License-Identifier: MIT
// The CLI's import of screenshots without a person reviewing them: take what OCR read when it was
// sure enough, leave out the rest, and say what was left out so the user can review those instead.
import { SCREENSHOT_REVIEW_FORMAT, type ReviewedScreenshot, type ScreenshotReading, type ScreenshotReview } from '../model/screenshot';
import { draftFromReadings } from './review-draft';

export interface AutoAcceptOptions {
  timeZone: string;
  /** Messages read with less confidence than this (0..1) are left out. */
  minConfidence: number;
}

export interface AutoAcceptResult {
  /** Null when no screenshot had anything to import. */
  review: ScreenshotReview | null;
  skipped: { file: string; reason: string }[];
  /** Messages left out because OCR was not sure enough of them. */
  lowConfidence: number;
}

/**
 * A review that accepts every reading at or above `minConfidence`. Readings of empty bubbles are
 * dropped; less certain ones are kept with `skip: true` (counted in `lowConfidence`); a screenshot
 * whose header gave no sender, or with nothing left to import, is left out with a reason.
 */
export function autoAcceptReadings(readings: readonly ScreenshotReading[], options: AutoAcceptOptions): AutoAcceptResult {
  const skipped: AutoAcceptResult['skipped'] = [];
  let lowConfidence = 0;
  if (readings.length === 0) return { review: null, skipped, lowConfidence };
  const screenshots: ReviewedScreenshot[] = [];
  for (const shot of draftFromReadings(readings, options.timeZone).screenshots) {
    if (shot.sender === '') {
      skipped.push({ file: shot.file, reason: 'no sender could be read in the header' });
      continue;
    }
    const messages = shot.messages
      .filter((m) => m.text.trim() !== '')
      .map((m) => {
        if (m.confidence >= options.minConfidence) return m;
        lowConfidence++;
        return { ...m, skip: true };
      });
    if (!messages.some((m) => !m.skip)) {
      skipped.push({
        file: shot.file,
        reason: messages.length === 0 ? 'no message bubbles were found' : 'no message was read with enough confidence',
      });
      continue;
    }
    screenshots.push({ ...shot, messages });
  }
  const review: ScreenshotReview | null =
    screenshots.length === 0 ? null : { format: SCREENSHOT_REVIEW_FORMAT, version: 1, time_zone: options.timeZone, screenshots };
  return { review, skipped, lowConfidence };
}
