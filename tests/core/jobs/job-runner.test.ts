// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getStats } from '../../../src-main/core/store/stats';
import { parseProfileFile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { senderClusters } from '../../../src-main/core/linkage/cluster-store';
import { timelineStale } from '../../../src-main/core/timeline/refresh-timeline';
import { CAST } from '../../../src-main/core/demo/demo-cast';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';
import { summarizeAnalysis } from '../../../src-main/core/analysis/summarize-analysis';
import { syntheticSms } from '../../bench/synthetic-sms';
import { writeSbrFile } from '../../bench/write-sbr-file';
import { createTestContext, type TestContext } from '../../support/handler-context';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures/import/sbr-xml');
let t: TestContext | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  t = undefined;
  dir = undefined;
});

describe('JobRunner', { timeout: 60_000 }, () => {
  it('links senders and brings the timeline up to date once the analysis is done', async () => {
    t = createTestContext();
    await t.finished(t.ctx.jobs.start('demo', t.ctx.demoPaths));
    const exposures = () => t!.ctx.db.prepare('SELECT count(*) FROM exposure_facts').pluck().get() as number;
    expect(exposures()).toBe(0);
    saveProfile(t.ctx.db, parseProfileFile(readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8')));
    await t.finished(t.ctx.jobs.start('analyze', []));
    expect(timelineStale(t.ctx.db)).toBe(false);
    const crew = senderClusters(t.ctx.db).find((c) => c.senders.includes(normalizeAddress(CAST.collectorA.number).address));
    expect(crew?.reasons.map((r) => r.kind)).toContain('callback');
    expect(exposures()).toBeGreaterThan(20);
  });

  it('cancels an import in progress and leaves nothing of it behind', async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-job-'));
    const big = join(dir, 'big.xml');
    await writeSbrFile(big, syntheticSms(60_000), 60_000);
    t = createTestContext();
    const before = getStats(t.ctx.db);
    const jobId = t.ctx.jobs.start('import', [big, resolve(FIXTURES, 'devadvance__sms_small.xml')]);
    await expect.poll(() => t!.events.some((e) => e.name === 'job:progress' && e.payload.jobId === jobId), { timeout: 30_000 }).toBe(true);
    expect(t.ctx.jobs.cancel(jobId)).toBe(true);
    const finished = await t.finished(jobId);
    expect(finished.outcome).toBe('cancelled');
    expect(finished.results).toEqual([]);
    expect(getStats(t.ctx.db)).toEqual(before);
  });

  it('imports the good files of a batch and reports the bad one by name', async () => {
    t = createTestContext();
    const jobId = t.ctx.jobs.start('import', [resolve(FIXTURES, 'shruggietech__malformed.xml'), resolve(FIXTURES, 'devadvance__sms_small.xml')]);
    const finished = await t.finished(jobId);
    expect(finished.outcome).toBe('failed');
    expect(finished.failures).toHaveLength(1);
    expect(finished.failures[0]!.file).toContain('shruggietech__malformed.xml');
    expect(finished.results.map((r) => r.messagesAdded)).toEqual([12]);
    expect(getStats(t.ctx.db).messages).toBe(12);
  });

  it('reports progress events whose bytes grow to the file size', async () => {
    t = createTestContext();
    const jobId = t.ctx.jobs.start('demo', t.ctx.demoPaths);
    const finished = await t.finished(jobId);
    expect(finished.outcome).toBe('done');
    const progress = t.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { bytesDone: number; bytesTotal: number; fileIndex: number });
    const first = progress.filter((p) => p.fileIndex === 0);
    expect(first.at(-1)!.bytesDone).toBe(first.at(-1)!.bytesTotal);
    expect(first.map((p) => p.bytesDone)).toEqual([...first.map((p) => p.bytesDone)].sort((a, b) => a - b));
    expect(t.ctx.jobs.cancel(jobId)).toBe(false);
  });

  it('analyses what an import added, and lets a new analysis supersede a running one', { timeout: 180_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-job-'));
    const big = join(dir, 'big.xml');
    await writeSbrFile(big, syntheticSms(40_000), 40_000);
    t = createTestContext();
    const imported = await t.finished(t.ctx.jobs.start('import', [big]));
    expect(imported.analysed).toBe(40_000);
    // A changed profile makes every row stale.
    saveProfile(t.ctx.db, { name: '林晓峰' });
    const first = t.ctx.jobs.start('analyze', []);
    await expect
      .poll(() => t!.events.some((e) => e.name === 'job:progress' && e.payload.jobId === first && (e.payload as { bytesDone: number }).bytesDone > 0), { timeout: 60_000 })
      .toBe(true);
    const second = t.ctx.jobs.start('analyze', []);
    const [a, b] = await Promise.all([t.finished(first), t.finished(second)]);
    expect(a.outcome).toBe('cancelled');
    expect(b.outcome).toBe('done');
    expect(a.analysed + b.analysed).toBeGreaterThanOrEqual(40_000);
    expect(b.analysed).toBeLessThan(40_000);
    expect(summarizeAnalysis(t.ctx.db)).toMatchObject({ analysed: 40_000, stale: 0 });
  });
});
