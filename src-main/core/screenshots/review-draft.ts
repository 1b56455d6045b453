// SPDX-License-Identifier: MIT
// Turns what OCR read into the review the user corrects: every field the user may change starts as
// the machine's reading, and `recognized_*` keep that reading so the commit can store both.
import { LeaklineError } from '../errors';
import { joinCjkSpaces } from '../ocr/cjk-spacing';
import {
  SCREENSHOT_REVIEW_FORMAT,
  type ReviewedScreenshotDraft,
  type ScreenshotReading,
  type ScreenshotReviewDraft,
} from '../model/screenshot';

/**
 * The header as a person would type it: full-width digits and letters as ASCII, no stray spaces
 * between Chinese characters ("张 三" → "张三"), runs of spaces collapsed. Digit groups keep their
 * spaces ("138 0013 8000"); normalizeAddress reads them either way.
 */
export function displaySender(sender: string | null): string {
  if (sender === null) return '';
  return joinCjkSpaces(sender.normalize('NFKC').replace(/\s+/g, ' ').trim());
}

function draftOf(reading: ScreenshotReading): ReviewedScreenshotDraft {
  return {
    file: reading.file,
    sha256: reading.sha256,
    sender: displaySender(reading.sender),
    recognized_sender: reading.sender,
    reference_date: reading.reference_date,
    messages: reading.messages.map((m) => ({
      text: m.text,
      time: m.time,
      time_text: m.time_text,
      // Most bubbles on a harassed person's screen are incoming; the user flips the rare wrong guess.
      direction: m.direction ?? 'in',
      confidence: m.confidence,
      recognized_text: m.text,
      low_confidence: m.low_confidence,
      box: m.box,
      partial: m.partial,
      skip: false,
    })),
  };
}

/** The review draft for readings in the order they were read. Throws BAD_REQUEST when there are none. */
export function draftFromReadings(readings: readonly ScreenshotReading[], timeZone: string): ScreenshotReviewDraft {
  if (readings.length === 0) throw new LeaklineError('BAD_REQUEST', 'no screenshots were read, so there is nothing to review');
  return {
    format: SCREENSHOT_REVIEW_FORMAT,
    version: 1,
    time_zone: timeZone,
    screenshots: readings.map(draftOf),
  };
}
