// SPDX-License-Identifier: MIT
// A real HandlerContext on a temporary encrypted database, with import workers run through tsx.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type DbKey } from '../../src-main/core/db/open';
import { JobRunner } from '../../src-main/core/jobs/job-runner';
import { spawnTsImportWorker } from '../../src-main/core/jobs/spawn-ts-worker';
import { demoBackupPaths } from '../../src-main/core/demo/demo-paths';
import { tessdataFolder } from '../../src-main/core/ocr/tessdata-dir';
import type { EventName, EventOf } from '../../src-main/ipc/contract';
import type { HandlerContext } from '../../src-main/ipc/handler-context';
import { launchChromium } from '../e2e/harness/chromium';

export interface TestContext {
  ctx: HandlerContext;
  /** The context's own temporary folder, removed by close(); default saved reports land here. */
  dir: string;
  events: { name: EventName; payload: EventOf<EventName> }[];
  /** Resolves with the job:finished payload of a job. */
  finished(jobId: string): Promise<EventOf<'job:finished'>>;
  close(): Promise<void>;
}

export interface TestContextOptions {
  chooseFiles?: () => Promise<string[]>;
  /** The save dialog's answer (default: the suggested name inside the context's folder). */
  chooseSavePath?: HandlerContext['chooseSavePath'];
  /** Called for every event the job runner emits, after it is recorded. */
  onEvent?: (name: EventName, payload: EventOf<EventName>) => void;
  /** Where the demo backups are (default: the repository's resources/). */
  resourcesDir?: string;
  version?: string;
}

export function createTestContext(options: TestContextOptions = {}): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-ctx-'));
  const dbPath = join(dir, 'leakline.db');
  const key: DbKey = { kind: 'raw', bytes: randomBytes(32) };
  const db = openDatabase(dbPath, { key });
  const events: TestContext['events'] = [];
  const waiters = new Map<string, (p: EventOf<'job:finished'>) => void>();
  const jobs = new JobRunner({
    spawnWorker: spawnTsImportWorker,
    dbPath,
    key,
    tessdataDir: tessdataFolder(options.resourcesDir ?? resolve(__dirname, '../../resources')),
    emit: (name, payload) => {
      events.push({ name, payload });
      options.onEvent?.(name, payload);
      if (name === 'job:finished') waiters.get(payload.jobId)?.(payload as EventOf<'job:finished'>);
    },
  });
  const ctx: HandlerContext = {
    db,
    dbPath,
    encrypted: true,
    version: options.version ?? '0.0.0-test',
    jobs,
    chooseFiles: options.chooseFiles ?? (async () => []),
    demoPaths: demoBackupPaths(options.resourcesDir ?? resolve(__dirname, '../../resources')),
    screenshotPaths: new Set(),
    chooseSavePath: options.chooseSavePath ?? (async ({ defaultName }) => join(dir, defaultName)),
    printPdf: printPdfWithChromium,
  };
  return {
    ctx,
    dir,
    events,
    finished: (jobId) =>
      new Promise((done) => {
        const already = events.find((e) => e.name === 'job:finished' && e.payload.jobId === jobId);
        if (already) done(already.payload as EventOf<'job:finished'>);
        else waiters.set(jobId, done);
      }),
    close: async () => {
      await jobs.stopAll();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app prints with Electron's printToPDF; tests print the same HTML with headless Chromium. */
async function printPdfWithChromium(html: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
