// SPDX-License-Identifier: MIT
// The screenshots being read and reviewed: the reading job, what it read, the user's corrections,
// the images shown beside them, and the commit that stores the accepted messages. Nothing is
// stored before the commit; discarding forgets the readings.
import {
  draftFromReadings,
  retimeScreenshot,
  type ErrorPayload,
  type ImportSummary,
  type JobFinished,
  type RequestOf,
  type ScreenDirection,
  type ScreenshotReading,
} from '../../src-main/ipc/contract';
import { asClientError, call } from '../api/leakline-client';
import { jobs } from './jobs.svelte';
import { navigation } from './navigation.svelte';
import { overview } from './overview.svelte';
import { isoOfWallClock } from './review-wall-clock';
import {
  commitReview,
  startSession,
  withMessage,
  withReferenceDate,
  withSender,
  type MessagePatch,
  type ReviewSession,
} from './screenshot-review-edit';

export type ReviewPhase = 'idle' | 'reading' | 'reviewing' | 'committing' | 'committed';

export type ImageState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; error: ErrorPayload };

/** Screenshots are large; a few decoded images are kept for going back and forth. */
const IMAGES_KEPT = 6;

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class ScreenshotReviewState {
  phase = $state<ReviewPhase>('idle');
  readings = $state.raw<ScreenshotReading[]>([]);
  session = $state.raw<ReviewSession | null>(null);
  /** The screenshot on screen. */
  current = $state(0);
  /** The message highlighted in the list and on the image. */
  selected = $state<number | null>(null);
  /** The commit failed, or the readings could not be turned into a review. */
  error = $state.raw<ErrorPayload | null>(null);
  /** Per screenshot: the reference day typed could not be used. */
  dateErrors = $state.raw<Record<number, ErrorPayload>>({});
  results = $state.raw<ImportSummary[]>([]);
  images = $state.raw<Record<string, ImageState>>({});

  /** A review waits for the user (the import page points back to it). */
  get open(): boolean {
    return this.phase === 'reviewing' || this.phase === 'committing';
  }

  /** Starts reading screenshots and shows the review page, which reports until the readings arrive. */
  async read(request: RequestOf<'screenshots:read'>): Promise<boolean> {
    if (this.open || jobs.busy) return false;
    this.#reset();
    this.phase = 'reading';
    navigation.show('screenshots');
    const started = await jobs.startScreenshots(request);
    if (!started) this.phase = 'idle';
    return started;
  }

  /** The reading job settled: what it read becomes the review (nothing read: the job panel says why). */
  received(finished: JobFinished): void {
    if (finished.kind !== 'ocr' || this.phase !== 'reading') return;
    if (finished.readings.length === 0) {
      this.phase = 'idle';
      return;
    }
    try {
      this.session = startSession(draftFromReadings(finished.readings, finished.readings[0]!.time_zone));
      this.readings = finished.readings;
      this.phase = 'reviewing';
      this.show(0);
    } catch (err) {
      this.error = payloadOf(err);
      this.phase = 'idle';
    }
  }

  show(index: number): void {
    const count = this.session?.draft.screenshots.length ?? 0;
    if (index < 0 || index >= count) return;
    this.current = index;
    this.selected = null;
    void this.loadImage(this.session!.draft.screenshots[index]!.file);
  }

  select(message: number | null): void {
    this.selected = message;
  }

  setText(shot: number, message: number, text: string): void {
    this.#edit(shot, message, { text });
  }

  setDirection(shot: number, message: number, direction: ScreenDirection): void {
    this.#edit(shot, message, { direction });
  }

  setSkip(shot: number, message: number, skip: boolean): void {
    this.#edit(shot, message, { skip });
  }

  /** `value` as a datetime-local input gives it, in the review's zone. */
  setTime(shot: number, message: number, value: string): void {
    if (!this.session) return;
    this.#edit(shot, message, { time: isoOfWallClock(value, this.session.draft.time_zone) });
  }

  setSender(shot: number, sender: string): void {
    if (this.session) this.session = withSender(this.session, shot, sender);
  }

  setReferenceDate(shot: number, date: string): void {
    if (!this.session || date === '') return;
    const { [shot]: _old, ...others } = this.dateErrors;
    try {
      this.session = withReferenceDate(this.session, shot, date, retimeScreenshot);
      this.dateErrors = others;
    } catch (err) {
      this.dateErrors = { ...others, [shot]: payloadOf(err) };
    }
  }

  async loadImage(path: string): Promise<void> {
    const known = this.images[path];
    if (known && known.status !== 'error') return;
    this.#putImage(path, { status: 'loading' });
    try {
      const { mime, base64 } = await call('screenshots:image', { path });
      this.#putImage(path, { status: 'ready', url: `data:${mime};base64,${base64}` });
    } catch (err) {
      this.#putImage(path, { status: 'error', error: payloadOf(err) });
    }
  }

  /** Stores the kept messages and follows the analysis that comes with them. */
  async commit(): Promise<void> {
    if (this.phase !== 'reviewing' || !this.session) return;
    const review = commitReview(this.session.draft);
    if (review === null) return;
    this.error = null;
    this.phase = 'committing';
    try {
      const result = await jobs.runFollowing(
        () => call('screenshots:commit', { review }),
        (reply) => reply.jobId,
      );
      this.results = result.results;
      this.phase = 'committed';
      this.session = null;
      this.images = {};
      void overview.refresh();
    } catch (err) {
      this.error = payloadOf(err);
      this.phase = 'reviewing';
    }
  }

  /** Forgets the readings and corrections; nothing was stored, so nothing is left behind. */
  discard(): void {
    if (this.phase === 'committing') return;
    this.#reset();
    navigation.show('import');
  }

  /** After the commit: on to the messages. */
  finish(): void {
    this.#reset();
    navigation.show('messages');
  }

  #edit(shot: number, message: number, patch: MessagePatch): void {
    if (this.session) this.session = withMessage(this.session, shot, message, patch);
  }

  #putImage(path: string, state: ImageState): void {
    const kept = Object.entries(this.images).filter(([key]) => key !== path);
    this.images = Object.fromEntries([...kept.slice(-(IMAGES_KEPT - 1)), [path, state]]);
  }

  #reset(): void {
    this.phase = 'idle';
    this.readings = [];
    this.session = null;
    this.current = 0;
    this.selected = null;
    this.error = null;
    this.dateErrors = {};
    this.results = [];
    this.images = {};
  }
}

export const screenshotReview = new ScreenshotReviewState();
