// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, type JobProgress } from '../../src-main/ipc/contract';
import { createLeaklineApi, type LeaklineTransport } from '../../src-main/app/leakline-api';

function recordingTransport() {
  const invoked: Array<[string, unknown]> = [];
  let deliver: ((event: string, payload: unknown) => void) | null = null;
  let subscriptions = 0;
  const transport: LeaklineTransport = {
    channels: CHANNEL_NAMES,
    events: EVENT_NAMES,
    invoke: async (channel, request) => {
      invoked.push([channel, request]);
      return { ok: true, data: { echoed: channel } };
    },
    subscribe: (d) => {
      subscriptions += 1;
      deliver = d;
    },
    pathForFile: (file) => `/picked/${file.name}`,
  };
  return {
    transport,
    invoked,
    push: (event: string, payload: unknown) => deliver?.(event, payload),
    subscriptions: () => subscriptions,
  };
}

const progress: JobProgress = {
  jobId: 'j1',
  kind: 'import',
  phase: 'import',
  file: 'a.xml',
  fileIndex: 0,
  fileCount: 1,
  bytesDone: 1,
  bytesTotal: 2,
  messages: 3,
};

describe('createLeaklineApi', () => {
  it('passes contract channels through to the transport', async () => {
    const t = recordingTransport();
    const api = createLeaklineApi(t.transport);
    await expect(api.invoke('stats:get', {})).resolves.toEqual({ ok: true, data: { echoed: 'stats:get' } });
    expect(t.invoked).toEqual([['stats:get', {}]]);
  });

  it('rejects a channel outside the contract without reaching the transport', async () => {
    const t = recordingTransport();
    const api = createLeaklineApi(t.transport);
    // @ts-expect-error the page could still try a name the types forbid
    await expect(api.invoke('fs:readFile', { path: '/etc/passwd' })).rejects.toThrow(/unknown channel/);
    // @ts-expect-error a prototype key is not a channel either
    await expect(api.invoke('constructor', {})).rejects.toThrow(/unknown channel/);
    expect(t.invoked).toEqual([]);
  });

  it('delivers an event only to the listeners of that event, until they unsubscribe', () => {
    const t = recordingTransport();
    const api = createLeaklineApi(t.transport);
    const seen: unknown[] = [];
    const finished: unknown[] = [];
    const off = api.on('job:progress', (p) => seen.push(p));
    api.on('job:finished', (p) => finished.push(p));
    t.push('job:progress', progress);
    off();
    t.push('job:progress', { ...progress, messages: 4 });
    expect(seen).toEqual([progress]);
    expect(finished).toEqual([]);
  });

  it('subscribes to the transport once, however many listeners there are', () => {
    const t = recordingTransport();
    const api = createLeaklineApi(t.transport);
    api.on('job:progress', () => {});
    api.on('job:finished', () => {});
    api.on('job:progress', () => {});
    expect(t.subscriptions()).toBe(1);
  });

  it('refuses to listen to an event outside the contract', () => {
    const api = createLeaklineApi(recordingTransport().transport);
    // @ts-expect-error not an event name
    expect(() => api.on('ipc:raw', () => {})).toThrow(/unknown event/);
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const t = recordingTransport();
    const api = createLeaklineApi(t.transport);
    const seen: unknown[] = [];
    api.on('job:progress', () => {
      throw new Error('listener bug');
    });
    api.on('job:progress', (p) => seen.push(p));
    const rethrown = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
    t.push('job:progress', progress);
    expect(seen).toEqual([progress]);
    await expect(rethrown).resolves.toMatchObject({ message: 'listener bug' });
  });

  it('answers pathForFile from the transport', () => {
    const api = createLeaklineApi(recordingTransport().transport);
    expect(api.pathForFile(new File(['x'], 'backup.xml'))).toBe('/picked/backup.xml');
  });

  it('cannot be modified by the page', () => {
    const api = createLeaklineApi(recordingTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('still works when rebuilt from its own source text, as the browser test bridge does', async () => {
    const rebuilt = new Function(`return (${createLeaklineApi.toString()})`)() as typeof createLeaklineApi;
    const t = recordingTransport();
    const api = rebuilt(t.transport);
    await api.invoke('app:info', {});
    expect(t.invoked).toEqual([['app:info', {}]]);
    // @ts-expect-error not a channel
    await expect(api.invoke('nope', {})).rejects.toThrow(/unknown channel/);
  });
});
