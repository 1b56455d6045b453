// SPDX-License-Identifier: MIT
// The import page's list: files dropped or picked, each previewed by the main side (format, CSV
// column guess), the mappings the user adjusts, the time zone, and the start of the import. Images
// are screenshots, read by OCR for review after any backups in the same selection are imported.
import type { ErrorPayload } from '../../src-main/ipc/contract';
import { asClientError, call, pathForFile } from '../api/leakline-client';
import { withColumn, type MappedField } from './csv-mapping-check';
import {
  detectingEntry,
  entryFromError,
  entryFromPreview,
  heicEntry,
  importRequest,
  newPaths,
  screenshotEntry,
  screenshotsRequest,
  type PlanEntry,
  type ScreenshotsRequest,
} from './import-plan';
import { jobs } from './jobs.svelte';
import { navigation } from './navigation.svelte';
import { imageKind } from './screenshot-files';
import { screenshotReview } from './screenshot-review.svelte';
import { machineTimeZone } from './time-zones';

/** Previews read file heads and open databases; a few at a time keep a big drop from flooding the main side. */
const PREVIEWS_AT_ONCE = 3;

function payloadOf(err: unknown): ErrorPayload {
  const error = asClientError(err);
  return { code: error.code, message: error.message };
}

class ImportDraftState {
  entries = $state<PlanEntry[]>([]);
  timeZone = $state(machineTimeZone());
  /** Dropped items whose path the page could not learn; they are named, not dropped silently. */
  pathless = $state<string[]>([]);
  /** The open-files dialog failed. */
  error = $state<ErrorPayload | null>(null);
  /** The day relative screenshot times (昨天) count from, YYYY-MM-DD; empty: each file's date. */
  referenceDate = $state('');

  #queue: string[] = [];
  #active = 0;
  /** Screenshots of a mixed selection, read once the backups' import has settled. */
  #screenshotsAfterImport: ScreenshotsRequest | null = null;

  /** `asScreenshots`: folders the user chose as folders of screenshots, read without a preview. */
  addPaths(paths: readonly string[], asScreenshots = false): void {
    const fresh = newPaths(this.entries, paths);
    if (fresh.length === 0) return;
    const added: PlanEntry[] = [];
    for (const path of fresh) {
      const kind = asScreenshots ? 'screenshot' : imageKind(path);
      if (kind === 'screenshot') added.push(screenshotEntry(path));
      else if (kind === 'heic') added.push(heicEntry(path));
      else {
        added.push(detectingEntry(path));
        this.#queue.push(path);
      }
    }
    this.entries = [...this.entries, ...added];
    this.#pump();
  }

  addDropped(files: readonly File[]): void {
    const paths: string[] = [];
    const pathless: string[] = [];
    for (const file of files) {
      const path = pathForFile(file);
      if (path) paths.push(path);
      else pathless.push(file.name);
    }
    this.pathless = pathless;
    this.addPaths(paths);
  }

  /** Backup files or screenshots, with `folder` one iPhone backup folder, or a folder of screenshots. */
  async chooseFiles(folder: false | 'backup' | 'screenshots' = false): Promise<void> {
    this.error = null;
    this.pathless = [];
    try {
      const { paths } = await call('dialog:openFiles', folder ? { folder: true } : {});
      this.addPaths(paths, folder === 'screenshots');
    } catch (err) {
      this.error = payloadOf(err);
    }
  }

  remove(path: string): void {
    this.entries = this.entries.filter((entry) => entry.path !== path);
    this.#queue = this.#queue.filter((queued) => queued !== path);
  }

  clear(): void {
    this.entries = [];
    this.#queue = [];
    this.pathless = [];
    this.error = null;
    this.referenceDate = '';
  }

  setColumn(path: string, field: MappedField, column: string | null): void {
    this.entries = this.entries.map((entry) =>
      entry.path === path && entry.status === 'ready' && entry.mapping !== null
        ? { ...entry, mapping: withColumn(entry.mapping, field, column) }
        : entry,
    );
  }

  /**
   * Starts the import of every recognised backup and goes back to the messages, where the job panel
   * reports; screenshots are read after it (the page follows one job at a time), or at once when
   * there are no backups, on the review page.
   */
  async start(): Promise<void> {
    const backups = importRequest(this.entries, this.timeZone);
    const screenshots = screenshotsRequest(this.entries, this.timeZone, this.referenceDate);
    if ((backups === null && screenshots === null) || jobs.busy) return;
    if (backups === null) {
      if (await screenshotReview.read(screenshots!)) this.clear();
      return;
    }
    navigation.show('messages');
    if (await jobs.startImport(backups)) {
      this.#screenshotsAfterImport = screenshots;
      this.clear();
    }
  }

  /** Called when a job the page follows has settled: reads the screenshots a mixed selection left. */
  async jobSettled(): Promise<void> {
    const screenshots = this.#screenshotsAfterImport;
    this.#screenshotsAfterImport = null;
    if (screenshots !== null) await screenshotReview.read(screenshots);
  }

  #pump(): void {
    while (this.#active < PREVIEWS_AT_ONCE && this.#queue.length > 0) {
      const path = this.#queue.shift()!;
      this.#active += 1;
      void this.#preview(path).finally(() => {
        this.#active -= 1;
        this.#pump();
      });
    }
  }

  async #preview(path: string): Promise<void> {
    let entry: PlanEntry;
    try {
      entry = entryFromPreview({ ...(await call('import:preview', { path })), path });
    } catch (err) {
      entry = entryFromError(path, payloadOf(err));
    }
    // The file may have been taken off the list while the main side looked at it.
    this.entries = this.entries.map((current) => (current.path === path && current.status === 'detecting' ? entry : current));
  }
}

export const importDraft = new ImportDraftState();
