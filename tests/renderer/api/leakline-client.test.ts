// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import type { LeaklineApi } from '../../../src-main/ipc/contract';
import { ClientError, asClientError, call, pathForFile, subscribe } from '../../../src-renderer/api/leakline-client';

const holder = globalThis as { leakline?: LeaklineApi };

function install(invoke: (channel: string, request: unknown) => Promise<unknown>): string[] {
  const calls: string[] = [];
  holder.leakline = {
    invoke: ((channel: string, request: unknown) => {
      calls.push(`${channel} ${JSON.stringify(request)}`);
      return invoke(channel, request);
    }) as LeaklineApi['invoke'],
    on: (() => () => undefined) as LeaklineApi['on'],
    pathForFile: () => null,
  };
  return calls;
}

afterEach(() => {
  delete holder.leakline;
});

describe('leakline client', () => {
  it('returns the data of a successful envelope', async () => {
    const calls = install(async () => ({ ok: true, data: { jobId: 'j1' } }));
    await expect(call('import:start', { paths: ['/a.xml'] })).resolves.toEqual({ jobId: 'j1' });
    expect(calls).toEqual(['import:start {"paths":["/a.xml"]}']);
  });

  it('throws the envelope error as a ClientError with its code and message', async () => {
    install(async () => ({ ok: false, error: { code: 'MALFORMED_INPUT', message: 'a.xml (line 4, column 2): bad' } }));
    const error = await call('stats:get', {}).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'MALFORMED_INPUT', message: 'a.xml (line 4, column 2): bad' });
  });

  it('turns a rejected invoke into an INTERNAL ClientError keeping the cause', async () => {
    const cause = new Error('channel closed');
    install(async () => {
      throw cause;
    });
    const error = await call('stats:get', {}).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'INTERNAL', message: 'channel closed', cause });
  });

  it('says so when the page runs without the bridge', async () => {
    await expect(call('stats:get', {})).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(() => subscribe('job:progress', () => undefined)).toThrow(ClientError);
    expect(() => pathForFile({} as File)).toThrow(ClientError);
  });

  it('passes event subscriptions through and returns the unsubscribe function', () => {
    const seen: string[] = [];
    holder.leakline = {
      invoke: (async () => ({ ok: true, data: {} })) as LeaklineApi['invoke'],
      on: ((event: string, listener: (payload: unknown) => void) => {
        seen.push(event);
        listener({ jobId: 'j1' });
        return () => seen.push(`off ${event}`);
      }) as LeaklineApi['on'],
      pathForFile: () => '/x',
    };
    const payloads: unknown[] = [];
    const off = subscribe('job:finished', (payload) => payloads.push(payload));
    off();
    expect(seen).toEqual(['job:finished', 'off job:finished']);
    expect(payloads).toEqual([{ jobId: 'j1' }]);
  });

  it('wraps any thrown value for display', () => {
    expect(asClientError('boom')).toMatchObject({ code: 'INTERNAL', message: 'boom' });
    const own = new ClientError('NOT_FOUND', 'message 5');
    expect(asClientError(own)).toBe(own);
  });
});
