// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import { CHANNEL_NAMES } from '../../src-main/ipc/contract';
import { handlers } from '../../src-main/ipc/handlers';
import { createTestContext, type TestContext } from '../support/handler-context';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures/import/sbr-xml');
let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('dispatcher', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('rejects an unknown channel and a malformed request as BAD_REQUEST data, not exceptions', async () => {
    t = createTestContext();
    const dispatch = createDispatcher(t.ctx);
    expect(await dispatch('fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await dispatch('messages:list', { filter: {}, offset: -1, limit: 10 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await dispatch('app:info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('answers app:info and stats:get on an empty database', async () => {
    t = createTestContext();
    const dispatch = createDispatcher(t.ctx);
    expect(await dispatch('app:info', {})).toMatchObject({ ok: true, data: { encrypted: true, version: '0.0.0-test' } });
    expect(await dispatch('stats:get', {})).toMatchObject({ ok: true, data: { messages: 0 } });
  });

  it('turns a handler error into { code, message }', async () => {
    t = createTestContext();
    const dispatch = createDispatcher(t.ctx);
    expect(await dispatch('messages:get', { id: 12345 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'no message with id 12345' } });
  });

  it('imports in a worker with progress and a final summary, then lists the messages', async () => {
    t = createTestContext();
    const dispatch = createDispatcher(t.ctx);
    const started = await dispatch('import:start', { paths: [resolve(FIXTURES, 'devadvance__sms_small.xml')] });
    expect(started.ok).toBe(true);
    const finished = await t.finished((started as { data: { jobId: string } }).data.jobId);
    expect(finished.outcome).toBe('done');
    expect(finished.results[0]!.messagesAdded).toBeGreaterThan(10);
    expect(t.events.some((e) => e.name === 'job:progress')).toBe(true);
    const list = await dispatch('messages:list', { filter: {}, offset: 0, limit: 5 });
    expect(list).toMatchObject({ ok: true, data: { total: finished.results[0]!.messagesAdded } });
  });

  it('reports a malformed file as a failure and leaves the database unchanged', async () => {
    t = createTestContext();
    const dispatch = createDispatcher(t.ctx);
    const before = await dispatch('stats:get', {});
    const started = await dispatch('import:start', { paths: [resolve(FIXTURES, 'shruggietech__malformed.xml')] });
    const finished = await t.finished((started as { data: { jobId: string } }).data.jobId);
    expect(finished.outcome).toBe('failed');
    expect(finished.error?.code).toBe('MALFORMED_INPUT');
    expect(finished.error?.message).toContain('shruggietech__malformed.xml');
    expect(await dispatch('stats:get', {})).toEqual(before);
  });
});
