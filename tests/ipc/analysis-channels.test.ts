// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import type { Channel, ResponseOf } from '../../src-main/ipc/contract';
import { createTestContext, type TestContext } from '../support/handler-context';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../resources/demo/demo-profile.json'), 'utf8'));
let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function demo() {
  t = createTestContext();
  const dispatch = createDispatcher(t.ctx);
  const call = async <C extends Channel>(channel: C, request: unknown): Promise<ResponseOf<C>> => {
    const r = await dispatch(channel, request);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as ResponseOf<C>;
  };
  const { jobId } = await call('demo:load', {});
  const finished = await t.finished(jobId);
  return { dispatch, call, finished, t };
}

describe('analysis over the contract', { timeout: 120_000 }, () => {
  it('analyses what an import added, in the same job, with analysis progress events', async () => {
    const { call, finished, t } = await demo();
    expect(finished.outcome).toBe('done');
    const stats = await call('stats:get', {});
    expect(finished.analysed).toBe(stats.messages);
    expect(t.events.some((e) => e.name === 'job:progress' && (e.payload as { phase: string }).phase === 'analyze')).toBe(true);
    const summary = await call('analysis:summary', {});
    expect(summary).toMatchObject({ messages: stats.messages, analysed: stats.messages, stale: 0 });
    expect(summary.categories.debt_collection).toBeGreaterThan(0);
    expect(summary.signals.find((s) => s.code === 'threat_credit')?.messages).toBeGreaterThan(0);
  });

  it('filters the list by category, risk and signal, and shows the analysis of a message', async () => {
    const { call } = await demo();
    const debts = await call('messages:list', { filter: { categories: ['debt_collection'] }, offset: 0, limit: 50 });
    expect(debts.total).toBeGreaterThan(0);
    expect(debts.rows.every((r) => r.category === 'debt_collection')).toBe(true);
    const risky = await call('messages:list', { filter: { minRisk: 0.8 }, offset: 0, limit: 50 });
    expect(risky.rows.every((r) => (r.risk ?? 0) >= 0.8)).toBe(true);
    const withLinks = await call('messages:list', { filter: { signal: 'link' }, offset: 0, limit: 20 });
    expect(withLinks.total).toBeGreaterThan(0);
    const detail = await call('messages:get', { id: withLinks.rows[0]!.id });
    const link = detail.analysis!.signals.find((s) => s.code === 'link')!;
    expect(detail.body.slice(link.start!, link.end!)).toMatch(/^(https?:\/\/|www\.)|\.(cn|com|top|cc)/);
  });

  it("applies the user's category to a sender at once and keeps it through the re-analysis", async () => {
    const { call, t } = await demo();
    const page = await call('messages:list', { filter: { categories: ['debt_collection'] }, offset: 0, limit: 1 });
    const row = page.rows[0]!;
    const labelled = await call('labels:set', { target: { senderId: row.senderId }, category: 'fraud' });
    expect(labelled.updated).toBeGreaterThan(0);
    expect((await call('messages:get', { id: row.id })).category).toBe('fraud');
    await t.finished(labelled.jobId!);
    const detail = await call('messages:get', { id: row.id });
    expect(detail.label).toEqual({ scope: 'sender', category: 'fraud' });
    expect(detail.analysis).toMatchObject({ category: 'fraud', categorySource: 'user' });
    expect(detail.analysis!.risk).toBeGreaterThanOrEqual(0.9);
  });

  it('saves a profile, re-matches, and reports per item how many messages mention it', async () => {
    const { call, t } = await demo();
    const { jobId } = await call('profile:set', { profile: PROFILE });
    expect((await t.finished(jobId)).analysed).toBeGreaterThan(3000);
    const got = await call('profile:get', {});
    expect(got.profile).toEqual(PROFILE);
    expect(got.items.map((i) => i.key)).toContain('relatives.0');
    expect(got.uses.find((u) => u.key === 'name')!.senders).toBeGreaterThan(1);
  });

  it('refuses an invalid profile as BAD_REQUEST and keeps the stored one', async () => {
    const { dispatch, call } = await demo();
    await call('profile:set', { profile: { name: '林晓峰' } });
    expect(await dispatch('profile:set', { profile: { phones: 'x' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((await call('profile:get', {})).profile).toEqual({ name: '林晓峰' });
  });
});
