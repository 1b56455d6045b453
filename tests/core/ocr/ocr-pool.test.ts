// SPDX-License-Identifier: MIT
import type { Worker } from 'tesseract.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../../../src-main/core/errors';
import { OcrPool, type OcrSession } from '../../../src-main/core/ocr/ocr-pool';
import { startTesseractWorker } from '../../../src-main/core/ocr/tesseract-worker';

vi.mock('../../../src-main/core/ocr/tesseract-worker', () => ({ startTesseractWorker: vi.fn() }));

interface FakeWorker {
  id: number;
  terminate: ReturnType<typeof vi.fn>;
}

const started: FakeWorker[] = [];
const start = vi.mocked(startTesseractWorker);

beforeEach(() => {
  started.length = 0;
  start.mockReset();
  start.mockImplementation(() => {
    const worker: FakeWorker = { id: started.length + 1, terminate: vi.fn(() => Promise.resolve()) };
    started.push(worker);
    return Promise.resolve(worker as unknown as Worker);
  });
});

const idOf = (session: OcrSession) => (session.worker as unknown as FakeWorker).id;
/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('OcrPool', () => {
  it('runs at most `size` tasks at once and starts the rest as slots free up', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 2 });
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let most = 0;
    const entered: number[] = [];
    const done = gates.map((gate, i) =>
      pool.run(async () => {
        running++;
        most = Math.max(most, running);
        entered.push(i);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await settle();
    expect(entered).toEqual([0, 1]);
    gates[1]!.resolve();
    await settle();
    expect(entered).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('starts workers lazily from the language folder it was given', async () => {
    const pool = new OcrPool({ langPath: '/opt/leakline/resources/tessdata', size: 4 });
    expect(start).not.toHaveBeenCalled();
    await pool.run(() => Promise.resolve());
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith('/opt/leakline/resources/tessdata');
  });

  it('reuses a worker for tasks that come one after another', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1 });
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) await pool.run((s) => Promise.resolve(void ids.push(idOf(s))));
    expect(ids).toEqual([1, 1, 1, 1]);
    expect(started[0]!.terminate).not.toHaveBeenCalled();
  });

  it('replaces a worker once it has done `recycleAfter` counted recognitions', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1, recycleAfter: 5 });
    const ids: number[] = [];
    // Three screenshots of two regions each: the worker reaches 5 during the third.
    for (let i = 0; i < 4; i++) {
      await pool.run((s) => {
        ids.push(idOf(s));
        s.counted();
        s.counted();
        return Promise.resolve();
      });
    }
    expect(ids).toEqual([1, 1, 1, 2]);
    expect(started[0]!.terminate).toHaveBeenCalledTimes(1);
    expect(started[1]!.terminate).not.toHaveBeenCalled();
  });

  it('does not count tasks that made no recognition toward replacement', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1, recycleAfter: 2 });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) await pool.run((s) => Promise.resolve(void ids.push(idOf(s))));
    expect(ids).toEqual([1, 1, 1, 1, 1]);
  });

  it('retires the worker of a failed task and passes the error on', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1 });
    const failure = new Error('RuntimeError: memory access out of bounds');
    await expect(pool.run(() => Promise.reject(failure))).rejects.toBe(failure);
    expect(started[0]!.terminate).toHaveBeenCalledTimes(1);
    const next = await pool.run((s) => Promise.resolve(idOf(s)));
    expect(next).toBe(2);
  });

  it('lets waiting tasks run after a task fails', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1 });
    const gate = deferred();
    const failing = pool.run(async () => {
      await gate.promise;
      throw new Error('recognize failed');
    });
    const waiting = pool.run((s) => Promise.resolve(idOf(s)));
    gate.resolve();
    await expect(failing).rejects.toThrow('recognize failed');
    expect(await waiting).toBe(2);
  });

  it('tries a fresh worker after one fails to start', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 1 });
    start.mockImplementationOnce(() => Promise.reject(new Error('chi_sim.traineddata.gz: not found')));
    await expect(pool.run(() => Promise.resolve())).rejects.toThrow('not found');
    expect(await pool.run((s) => Promise.resolve(idOf(s)))).toBe(1);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('terminates its workers on close and rejects new work as cancelled', async () => {
    const pool = new OcrPool({ langPath: '/tessdata', size: 2 });
    const gate = deferred();
    const first = pool.run(() => gate.promise);
    await pool.run(() => Promise.resolve());
    gate.resolve();
    await first;
    await pool.close();
    for (const worker of started) expect(worker.terminate).toHaveBeenCalledTimes(1);
    await expect(pool.run(() => Promise.resolve())).rejects.toBeInstanceOf(CancelledError);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('has at least one slot', () => {
    expect(new OcrPool({ langPath: '/tessdata', size: 0 }).size).toBe(1);
    expect(new OcrPool({ langPath: '/tessdata', size: 3 }).size).toBe(3);
  });
});
