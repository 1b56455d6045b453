// SPDX-License-Identifier: MIT
// The evidence report's formats, and the one value a report is rendered from.
import { z } from 'zod';
import { EpochMs, Id } from './ids';
import { Category } from './analysis';
import { Timeline } from './timeline';
import { Advice } from './advice';
import { Annotation } from './annotation';

/** html and pdf: the self-contained report; csv: one row per cited message; jsonl: Timesketch import lines. */
export const ReportFormat = z.enum(['html', 'pdf', 'csv', 'jsonl']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** The report's language: Chinese first, English when the user's locale or `--lang en` asks. */
export const ReportLang = z.enum(['zh', 'en']);
export type ReportLang = z.infer<typeof ReportLang>;

/** Why a message is cited: the report lists each cited message once, with every reason; `user_marked`: starred, tagged or annotated by the user. */
export const CitationReason = z.enum(['first_knowledge', 'incident_step', 'cluster_reason', 'advice', 'user_marked']);
export type CitationReason = z.infer<typeof CitationReason>;

/** A message the report cites as evidence, with where it came from. */
export const CitedMessage = z.object({
  id: Id,
  time: EpochMs,
  timeSuspect: z.boolean(),
  senderId: Id,
  /** The normalised address. */
  sender: z.string(),
  direction: z.enum(['in', 'out']),
  /** The full text; the user's own profile values masked unless the report reveals them. */
  body: z.string(),
  category: Category.nullable(),
  risk: z.number().nullable(),
  sourceFile: z.string(),
  sourceSha256: z.string(),
  reasons: z.array(CitationReason),
  /** The item keys this message proves a sender knew (first-knowledge events). */
  items: z.array(z.string()),
  /** The user's own star, tags and note: shown as theirs, apart from the evidence. */
  annotation: Annotation,
});
export type CitedMessage = z.infer<typeof CitedMessage>;

/** Everything one report is rendered from, so that rendering itself never touches the database. */
export const ReportInput = z.object({
  timeline: Timeline,
  advice: z.array(Advice),
  messages: z.array(CitedMessage),
  /** How many messages would have been cited without the cap (equal to messages.length when none dropped). */
  citable: z.number().int(),
  /** Messages per month (in `timeZone`), for the overview histogram; `month` is `YYYY-MM`. */
  monthly: z.array(z.object({ month: z.string(), count: z.number().int() })),
  totals: z.object({ messages: z.number().int(), calls: z.number().int(), senders: z.number().int(), sources: z.number().int() }),
  generatedAt: EpochMs,
  /** See core/report/content-hash.ts: equal for equal data, whoever generates the report. */
  dbContentHash: z.string(),
  reveal: z.boolean(),
  lang: ReportLang,
  /** The IANA zone local times are shown in (besides UTC). */
  timeZone: z.string(),
  appVersion: z.string(),
});
export type ReportInput = z.infer<typeof ReportInput>;
