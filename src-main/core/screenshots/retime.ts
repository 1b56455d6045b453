// SPDX-License-Identifier: MIT
// "昨天 09:41" means a different day depending on when the screenshot was taken. When the user
// confirms a different reference day in the review, every time read from a separator is worked
// out again from the separator text as shown; times with no separator text (typed by hand, or
// none on screen) are left as they are.
import type { ReviewedScreenshotDraft } from '../model/screenshot';
import { parseScreenTime } from '../ocr/screen-time';
import { isoInZone } from './review-time';

/**
 * The screenshot with `reference_date` set and each message's time recomputed from its
 * `time_text`. A separator that names no real day (2月30日) leaves the time null; text that is not
 * a separator at all keeps the time it had. Throws BAD_REQUEST for an unreal date or unknown zone.
 */
export function retimeScreenshot(shot: ReviewedScreenshotDraft, referenceDate: string, timeZone: string): ReviewedScreenshotDraft {
  const reference = { date: referenceDate, timeZone };
  // Checks the day and the zone even when no message has separator text to resolve.
  parseScreenTime('', reference);
  return {
    ...shot,
    reference_date: referenceDate,
    messages: shot.messages.map((m) => {
      if (m.time_text === null) return m;
      const read = parseScreenTime(m.time_text, reference);
      if (read === null) return m;
      return { ...m, time: read.time === null ? null : isoInZone(read.time, timeZone) };
    }),
  };
}
