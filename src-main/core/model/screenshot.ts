// SPDX-License-Identifier: MIT
// What OCR makes of a message-app screenshot, and the review document the user corrects before the
// messages count. Snake_case fields: the review document is a file users edit by hand and script
// against (`leakline import --review`), in the same shape as `leakline ocr --json`.
import { z } from 'zod';

export const ScreenDirection = z.enum(['in', 'out']);
export type ScreenDirection = z.infer<typeof ScreenDirection>;

/** A rectangle in image pixels. */
export const PixelBox = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
});
export type PixelBox = z.infer<typeof PixelBox>;

/** [start, end) UTF-16 offsets into a message's text that the engine read with low confidence. */
export const TextSpan = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export type TextSpan = z.infer<typeof TextSpan>;

/** YYYY-MM-DD. */
export const CivilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const RecognizedMessage = z.object({
  text: z.string(),
  /** ISO 8601 with the zone's offset, from the nearest time separator above; null when none is on screen. */
  time: z.string().nullable(),
  /** The separator as shown on screen, kept so the user can check the reading. */
  time_text: z.string().nullable(),
  /** By the bubble's side of the screen; null when it could not be told. */
  direction: ScreenDirection.nullable(),
  confidence: z.number().min(0).max(1),
  box: PixelBox,
  low_confidence: z.array(TextSpan),
  /** The bubble runs off the top or bottom edge of the screen: the text is a part of the message. */
  partial: z.boolean(),
});
export type RecognizedMessage = z.infer<typeof RecognizedMessage>;

export const ScreenshotReading = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int(),
  height: z.number().int(),
  /** The conversation's other party as the header shows it (number or name). */
  sender: z.string().nullable(),
  sender_confidence: z.number().min(0).max(1),
  /** The day relative separators (昨天, 星期二, a bare 13:09) were resolved against. */
  reference_date: CivilDate,
  time_zone: z.string(),
  messages: z.array(RecognizedMessage),
});
export type ScreenshotReading = z.infer<typeof ScreenshotReading>;

/** One message as the user accepts it; `recognized_*` keep what the machine read, for the record. */
export const ReviewedMessage = z.object({
  text: z.string().min(1, 'a message needs text (set "skip": true to leave it out)'),
  time: z.string().nullable(),
  time_text: z.string().nullable(),
  direction: ScreenDirection,
  confidence: z.number().min(0).max(1),
  recognized_text: z.string(),
  low_confidence: z.array(TextSpan).default([]),
  box: PixelBox.nullable().default(null),
  partial: z.boolean().default(false),
  /** Leave this bubble out of the import (a misread, an app banner). */
  skip: z.boolean().default(false),
});
export type ReviewedMessage = z.infer<typeof ReviewedMessage>;

export const ReviewedScreenshot = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sender: z.string().min(1, 'each screenshot needs a sender (the number or name in its header)'),
  recognized_sender: z.string().nullable(),
  reference_date: CivilDate,
  messages: z.array(ReviewedMessage),
});
export type ReviewedScreenshot = z.infer<typeof ReviewedScreenshot>;

export const SCREENSHOT_REVIEW_FORMAT = 'leakline-screenshot-review';

export const ScreenshotReview = z.object({
  format: z.literal(SCREENSHOT_REVIEW_FORMAT),
  version: z.literal(1),
  /** The phone's zone: times without an offset are read in it. */
  time_zone: z.string(),
  screenshots: z.array(ReviewedScreenshot).min(1),
});
export type ScreenshotReview = z.infer<typeof ScreenshotReview>;

/**
 * The review as the page edits it: like the document, but a screenshot whose header could not be
 * read has an empty sender until the user types one (committing checks it).
 */
export const ReviewedScreenshotDraft = ReviewedScreenshot.extend({
  sender: z.string(),
  messages: z.array(ReviewedMessage.extend({ text: z.string() })),
});
export type ReviewedScreenshotDraft = z.infer<typeof ReviewedScreenshotDraft>;
export const ScreenshotReviewDraft = ScreenshotReview.extend({ screenshots: z.array(ReviewedScreenshotDraft).min(1) });
export type ScreenshotReviewDraft = z.infer<typeof ScreenshotReviewDraft>;

/** What the machine read for a message stored from a screenshot, beside what the user accepted. */
export const StoredScreenshotReading = z.object({
  recognizedText: z.string(),
  recognizedSender: z.string().nullable(),
  timeText: z.string().nullable(),
  /** No separator was on screen: the time was taken from a neighbouring bubble or the reference day. */
  timeEstimated: z.boolean(),
  confidence: z.number().min(0).max(1),
  box: PixelBox.nullable(),
  /** The user changed the text or the sender from what was read. */
  corrected: z.boolean(),
});
export type StoredScreenshotReading = z.infer<typeof StoredScreenshotReading>;
