// SPDX-License-Identifier: MIT
// The one contract between the page and the main side: a zod schema per channel for the request
// and the response, and one for each event the main side pushes. Types everywhere derive from here.
import { z } from 'zod';

export * from '../core/model/message';
export * from '../core/model/sender';
export * from '../core/model/source';
export * from '../core/model/stats';
export * from '../core/model/job';
import { JobFinished, JobProgress, type ErrorPayload } from '../core/model/job';
import { EpochMs, Id } from '../core/model/ids';
import { MessageDetail, MessageFilter, MessageRow } from '../core/model/message';
import { SenderRow } from '../core/model/sender';
import { ImportSummary, SourceRow } from '../core/model/source';
import { Stats } from '../core/model/stats';
import { CsvMapping, CsvPreview } from '../core/model/csv-mapping';
import { ImportFormat } from '../core/model/source';
export * from '../core/model/csv-mapping';
export * from '../core/model/analysis';
export * from '../core/model/analysis-summary';
export * from '../core/model/profile';
export * from '../core/model/screenshot';
export * from '../core/model/timeline';
export * from '../core/model/advice';
export * from '../core/model/report';
export * from '../core/model/annotation';
export { SIGNAL_LABELS, signalLabel } from '../core/analysis/signal-labels';
/** One masking rule for the screen, the CLI and reports. */
export { maskProfileValue } from '../core/profile/profile-items';
/** Invisible and direction-changing characters shown as markers, alike on the page and in the report. */
export { visibleSegments, visibleString, type MarkerSegment, type VisibleMode, type VisibleSegment } from '../core/text/visible-text';
export { adviceText } from '../core/advice/advice-text';
/** The review page builds and re-dates its draft with the same code the CLI uses. */
export { draftFromReadings } from '../core/screenshots/review-draft';
export { retimeScreenshot } from '../core/screenshots/retime';
import { Category } from '../core/model/analysis';
import { AnalysisSummary, ProfileItemUse } from '../core/model/analysis-summary';
import { Profile, ProfileItem } from '../core/model/profile';
import { CivilDate, ScreenshotReviewDraft } from '../core/model/screenshot';
import { SenderDossier, TimelineView } from '../core/model/timeline';
import { Advice } from '../core/model/advice';
import { ReportFormat, ReportLang } from '../core/model/report';

export const AppInfo = z.object({
  version: z.string(),
  dbPath: z.string(),
  encrypted: z.boolean(),
  schemaVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Empty = z.object({}).strict();
const JobStarted = z.object({ jobId: z.string() });

/** Every channel the page may call: request and response schema. */
export const channels = {
  'app:info': { request: Empty, response: AppInfo },
  /** The native open dialog: backup files, or (folder: true) one iPhone backup folder. */
  'dialog:openFiles': {
    request: z.object({ folder: z.boolean().optional() }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
  /** What a path is before importing it: its detected format and, for CSV/JSON, the column guess. */
  'import:preview': {
    request: z.object({ path: z.string().min(1) }).strict(),
    response: z.object({ path: z.string(), format: ImportFormat, csv: CsvPreview.nullable() }),
  },
  'import:start': {
    request: z
      .object({
        paths: z.array(z.string().min(1)).min(1).max(1000),
        /** Per-path choices (keyed by path): a forced format, a confirmed CSV mapping. */
        choices: z.record(z.string(), z.object({ format: ImportFormat.optional(), csvMapping: CsvMapping.optional() })).optional(),
        /** IANA zone for local wall-clock times in CSV and vMessage files; default: this machine's. */
        timeZone: z.string().max(64).optional(),
      })
      .strict(),
    response: JobStarted,
  },
  'sources:remove': {
    request: z.object({ sourceId: Id }).strict(),
    response: z.object({ messagesRemoved: z.number().int(), callsRemoved: z.number().int() }),
  },
  'demo:load': { request: Empty, response: JobStarted },
  'job:cancel': { request: z.object({ jobId: z.string() }).strict(), response: z.object({ cancelled: z.boolean() }) },
  'messages:list': {
    request: z
      .object({ filter: MessageFilter, offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) })
      .strict(),
    response: z.object({ total: z.number().int(), rows: z.array(MessageRow) }),
  },
  'messages:get': { request: z.object({ id: Id }).strict(), response: MessageDetail },
  'senders:list': {
    request: z.object({ query: z.string().max(100).optional(), limit: z.number().int().min(1).max(1000) }).strict(),
    response: z.object({ rows: z.array(SenderRow) }),
  },
  'sources:list': { request: Empty, response: z.object({ rows: z.array(SourceRow) }) },
  'stats:get': { request: Empty, response: Stats },
  /** Analyses what changed since the last run (new messages, rules, profile, learned model). */
  'analysis:start': { request: Empty, response: JobStarted },
  'analysis:summary': { request: Empty, response: AnalysisSummary },
  'profile:get': {
    request: Empty,
    response: z.object({ profile: Profile, items: z.array(ProfileItem), uses: z.array(ProfileItemUse) }),
  },
  /** Replaces the profile and re-matches every message against it (a job). */
  'profile:set': { request: z.object({ profile: Profile }).strict(), response: JobStarted },
  /**
   * The user's category for some messages or for everything from one sender (null clears it).
   * Applied at once to those messages; the model learns from it and a job re-scores the rest.
   */
  'labels:set': {
    request: z
      .object({
        target: z.union([
          z.object({ messageIds: z.array(Id).min(1).max(100_000) }).strict(),
          z.object({ senderId: Id }).strict(),
        ]),
        category: Category.nullable(),
      })
      .strict(),
    response: z.object({ updated: z.number().int(), jobId: z.string().nullable() }),
  },
  /**
   * Reads screenshots (image files, or folders of them) by OCR in a job; the readings arrive in
   * the job's finished event for review. Nothing is stored until 'screenshots:commit'.
   */
  'screenshots:read': {
    request: z
      .object({
        paths: z.array(z.string().min(1)).min(1).max(1000),
        /** The day relative separators (昨天, 星期二) are resolved against; default: each file's date. */
        referenceDate: CivilDate.optional(),
        timeZone: z.string().max(64).optional(),
      })
      .strict(),
    response: JobStarted,
  },
  /** The bytes of a screenshot being reviewed (only files a 'screenshots:read' was asked for). */
  'screenshots:image': {
    request: z.object({ path: z.string().min(1) }).strict(),
    response: z.object({ mime: z.enum(['image/png', 'image/jpeg', 'image/webp']), base64: z.string() }),
  },
  /**
   * The leak timeline for the app's view: items, first-knowledge events only (later mentions are
   * counted in the dossiers), exposure curves, clusters and incidents. Dossiers come paged from
   * 'senders:dossiers'. Profile values are masked unless `reveal`.
   */
  'timeline:get': {
    request: z.object({ reveal: z.boolean().default(false) }).strict(),
    response: TimelineView,
  },
  /** Messages per time bucket over a range (default: all sane dates), for the overview histogram. */
  'timeline:histogram': {
    request: z
      .object({ from: EpochMs.optional(), to: EpochMs.optional(), buckets: z.number().int().min(10).max(2000) })
      .strict(),
    response: z.object({ from: EpochMs, to: EpochMs, bucketMs: z.number(), counts: z.array(z.number().int()), suspect: z.number().int() }),
  },
  'senders:dossiers': {
    request: z
      .object({
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(500),
        query: z.string().max(100).optional(),
        cluster: Id.optional(),
        sort: z.enum(['risk', 'knows', 'last_seen', 'messages']).default('risk'),
        starred: z.boolean().optional(),
        tag: z.string().trim().min(1).max(40).optional(),
      })
      .strict(),
    response: z.object({ total: z.number().int(), rows: z.array(SenderDossier) }),
  },
  /** Star, tag, untag or annotate messages or senders, one or many at once. */
  'annotations:set': {
    request: z
      .object({
        target: z.union([
          z.object({ messageIds: z.array(Id).min(1).max(100_000) }).strict(),
          z.object({ senderIds: z.array(Id).min(1).max(100_000) }).strict(),
        ]),
        star: z.boolean().optional(),
        addTag: z.string().trim().min(1).max(40).optional(),
        removeTag: z.string().trim().min(1).max(40).optional(),
        note: z.string().max(4000).nullable().optional(),
      })
      .strict(),
    response: z.object({ updated: z.number().int() }),
  },
  'annotations:tags': { request: Empty, response: z.object({ tags: z.array(z.object({ tag: z.string(), messages: z.number().int(), senders: z.number().int() })) }) },
  /** What to do next, from the analysis: specific to the user's senders, items and debts. */
  'advice:get': { request: Empty, response: z.object({ advice: z.array(Advice) }) },
  /**
   * Writes the evidence report where the user chooses (a save dialog): HTML and PDF with the summary,
   * exposure, dossiers, clusters and every cited message; CSV; Timesketch JSONL. Null when cancelled.
   */
  'report:export': {
    request: z.object({ format: ReportFormat, reveal: z.boolean().default(false), lang: ReportLang.default('zh') }).strict(),
    response: z.object({ path: z.string().nullable() }),
  },
  /**
   * Deletes the database, its key and Leakline's temporary files for good, then the app quits (the
   * next start makes a fresh key and an empty database). `confirm` must be the word WIPE, so that
   * no stray call can do it.
   */
  'data:wipe': {
    request: z.object({ confirm: z.literal('WIPE') }).strict(),
    /** `cancelled`: the host's own confirmation (a native dialog in the app) was declined; nothing removed. */
    response: z.object({ removed: z.array(z.string()), cancelled: z.boolean() }),
  },
  /** Stores the reviewed messages (one source per screenshot) and analyses them (a job). */
  'screenshots:commit': {
    // The draft shape: a missing sender or text is refused by the commit with the screenshot named.
    request: z.object({ review: ScreenshotReviewDraft }).strict(),
    response: z.object({ results: z.array(ImportSummary), jobId: z.string().nullable() }),
  },
} as const;

export type Channel = keyof typeof channels;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** A request after its schema parsed it (defaults filled in): what handlers receive. */
export type ParsedRequestOf<C extends Channel> = z.infer<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof channels)[C]['response']>;
export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

/** Events pushed from the main side to the page. */
export const events = {
  'job:progress': JobProgress,
  'job:finished': JobFinished,
} as const;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** What every invoke resolves to on the wire: errors travel as data, never as stack traces. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

/** The API the preload exposes as window.leakline (and the test bridge imitates). */
export interface LeaklineApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void;
  /** Path of a dropped or picked file (Electron's webUtils); null where the page has no path. */
  pathForFile(file: File): string | null;
}
