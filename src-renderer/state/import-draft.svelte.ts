// SPDX-License-Identifier: MIT
// The import page's list: files dropped or picked, each previewed by the main side (format, CSV
// column guess), the mappings the user adjusts, the time zone, and the start of the import.
import type { ErrorPayload } from '../../src-main/ipc/contract';
import { asClientError, call, pathForFile } from '../api/leakline-client';
import { withColumn, type MappedField } from './csv-mapping-check';
import {
  detectingEntry,
  entryFromError,
  entryFromPreview,
  importRequest,
  newPaths,
  type PlanEntry,
} from './import-plan';
import { jobs } from './jobs.svelte';
import { navigation } from './navigation.svelte';
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

  #queue: string[] = [];
  #active = 0;

  addPaths(paths: readonly string[]): void {
    const fresh = newPaths(this.entries, paths);
    if (fresh.length === 0) return;
    this.entries = [...this.entries, ...fresh.map(detectingEntry)];
    this.#queue.push(...fresh);
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

  /** Backup files, or with `folder` one iPhone backup folder. */
  async chooseFiles(folder = false): Promise<void> {
    this.error = null;
    this.pathless = [];
    try {
      const { paths } = await call('dialog:openFiles', folder ? { folder } : {});
      this.addPaths(paths);
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
  }

  setColumn(path: string, field: MappedField, column: string | null): void {
    this.entries = this.entries.map((entry) =>
      entry.path === path && entry.status === 'ready' && entry.mapping !== null
        ? { ...entry, mapping: withColumn(entry.mapping, field, column) }
        : entry,
    );
  }

  /** Starts the import of every recognised file and goes back to the messages, where the job panel reports. */
  async start(): Promise<void> {
    const request = importRequest(this.entries, this.timeZone);
    if (request === null || jobs.busy) return;
    navigation.show('messages');
    if (await jobs.startImport(request)) this.clear();
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
