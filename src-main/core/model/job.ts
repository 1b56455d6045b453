// SPDX-License-Identifier: MIT
// Background jobs (imports) and how they report: the payloads of the job events.
import { z } from 'zod';
import { ImportSummary } from './source';
import { ScreenshotReading } from './screenshot';

export const ErrorPayload = z.object({ code: z.string(), message: z.string() });
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export const JobKind = z.enum(['import', 'demo', 'analyze', 'ocr']);
export type JobKind = z.infer<typeof JobKind>;
export const JobProgress = z.object({
  jobId: z.string(),
  kind: JobKind,
  /**
   * Imports read files (bytesDone/bytesTotal count bytes of the current file); the analysis that
   * follows every import, and runs on its own, counts messages in the same two fields.
   */
  /**
   * Screenshot reading ('ocr') counts the steps of the current screenshot (layout, then each
   * region read) in bytesDone/bytesTotal, and the bubbles found so far in `messages`.
   */
  phase: z.enum(['import', 'analyze', 'ocr']),
  file: z.string().nullable(),
  fileIndex: z.number().int(),
  fileCount: z.number().int(),
  bytesDone: z.number(),
  bytesTotal: z.number(),
  messages: z.number().int(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobFinished = z.object({
  jobId: z.string(),
  kind: JobKind,
  outcome: z.enum(['done', 'failed', 'cancelled']),
  results: z.array(ImportSummary),
  /** Every file that could not be imported; the others were imported all the same. */
  failures: z.array(z.object({ file: z.string(), error: ErrorPayload })),
  /** The first failure (or the job's own error), for a one-line message. */
  error: ErrorPayload.nullable(),
  /** Messages (re)analysed by the job; 0 when nothing had changed. */
  analysed: z.number().int(),
  /** What a screenshot-reading job read, in the order of its files, for the user to review. */
  readings: z.array(ScreenshotReading),
});
export type JobFinished = z.infer<typeof JobFinished>;

/** The events a job host pushes, by name. */
export interface JobEvents {
  'job:progress': JobProgress;
  'job:finished': JobFinished;
}
