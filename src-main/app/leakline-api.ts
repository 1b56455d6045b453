// SPDX-License-Identifier: MIT
// Builds the window.leakline object from three transport functions. The preload feeds it Electron's
// ipcRenderer; the browser test bridge feeds it Playwright bindings, so both run this same code.
// It must stay self-contained (types are its only imports): the test bridge injects it into the page
// as source text via Function.prototype.toString.
import type { Channel, EventName, LeaklineApi } from '../ipc/contract';

export interface LeaklineTransport {
  /** Channel names the page may invoke; anything else is refused before reaching the transport. */
  channels: readonly string[];
  /** Event names the page may listen to. */
  events: readonly string[];
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** Called once, with the function that fans an incoming event out to the page's listeners. */
  subscribe(deliver: (event: string, payload: unknown) => void): void;
  pathForFile(file: File): string | null;
}

export function createLeaklineApi(transport: LeaklineTransport): LeaklineApi {
  const channels = new Set(transport.channels);
  const events = new Set(transport.events);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let subscribed = false;

  function deliver(event: string, payload: unknown): void {
    const set = listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (err) {
        // One failing listener must not starve the others; the page still sees the error.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  const api = {
    invoke(channel: Channel, request: unknown) {
      if (typeof channel !== 'string' || !channels.has(channel)) {
        return Promise.reject(new Error(`leakline: unknown channel ${String(channel)}`));
      }
      return transport.invoke(channel, request);
    },
    on(event: EventName, listener: (payload: never) => void) {
      if (typeof event !== 'string' || !events.has(event)) {
        throw new Error(`leakline: unknown event ${String(event)}`);
      }
      if (typeof listener !== 'function') throw new Error('leakline: listener must be a function');
      if (!subscribed) {
        subscribed = true;
        transport.subscribe(deliver);
      }
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    pathForFile(file: File) {
      return transport.pathForFile(file);
    },
  };
  return Object.freeze(api) as unknown as LeaklineApi;
}
