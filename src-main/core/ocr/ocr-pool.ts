// SPDX-License-Identifier: MIT
// A pool of tesseract workers, one per core. Each screenshot is one task on one worker: its
// regions are read one after another with the page-segmentation mode each needs, which a shared
// queue of single recognitions (tesseract.js's scheduler) cannot set per job. Workers are replaced
// after a number of recognitions because the WASM heap only ever grows.
import { availableParallelism } from 'node:os';
import type { Worker } from 'tesseract.js';
import { CancelledError } from '../errors';
import { startTesseractWorker } from './tesseract-worker';

export interface OcrPoolOptions {
  langPath: string;
  size?: number;
  /** Recognitions after which a worker is replaced. */
  recycleAfter?: number;
}

/** What a task gets: a worker, and a way to count recognitions toward its replacement. */
export interface OcrSession {
  worker: Worker;
  counted(): void;
}

interface Slot {
  worker: Promise<Worker> | null;
  used: number;
  busy: boolean;
}

export class OcrPool {
  private readonly slots: Slot[];
  private readonly waiting: { resolve: (slot: Slot) => void; reject: (err: Error) => void }[] = [];
  private closed = false;

  constructor(private readonly options: OcrPoolOptions) {
    const size = Math.max(1, options.size ?? availableParallelism());
    this.slots = Array.from({ length: size }, () => ({ worker: null, used: 0, busy: false }));
  }

  get size(): number {
    return this.slots.length;
  }

  async run<T>(task: (session: OcrSession) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    try {
      if (this.closed) throw new CancelledError();
      if (slot.worker && slot.used >= (this.options.recycleAfter ?? 300)) await this.retire(slot);
      slot.worker ??= startTesseractWorker(this.options.langPath);
      const worker = await slot.worker;
      return await task({ worker, counted: () => void slot.used++ });
    } catch (err) {
      // A worker that failed mid-task may be in any state: start afresh next time.
      await this.retire(slot);
      throw err;
    } finally {
      this.release(slot);
    }
  }

  /** Stops: tasks still waiting for a worker are rejected, running ones lose theirs. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new CancelledError());
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new CancelledError());
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else slot.busy = false;
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.used = 0;
    if (worker) await worker.then((w) => w.terminate()).catch(() => undefined);
  }
}
