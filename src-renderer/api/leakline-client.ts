// SPDX-License-Identifier: MIT
// The page's one way to the main side: window.leakline, typed by the contract. Envelopes are
// unwrapped here so that components see data or a ClientError carrying the translatable code.
import type { Channel, EventName, EventOf, LeaklineApi, RequestOf, ResponseOf } from '../../src-main/ipc/contract';

export class ClientError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClientError';
    this.code = code;
  }
}

function bridge(): LeaklineApi {
  const api = (globalThis as { leakline?: LeaklineApi }).leakline;
  if (!api) throw new ClientError('INTERNAL', 'window.leakline is missing: the page runs outside Leakline');
  return api;
}

export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  let envelope;
  try {
    envelope = await bridge().invoke(channel, request);
  } catch (err) {
    if (err instanceof ClientError) throw err;
    throw new ClientError('INTERNAL', err instanceof Error ? err.message : String(err), { cause: err });
  }
  if (!envelope.ok) throw new ClientError(envelope.error.code, envelope.error.message);
  return envelope.data;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
  return bridge().on(event, listener);
}

/** The file's path on disk, or null where the page cannot know it (then the user must pick). */
export function pathForFile(file: File): string | null {
  return bridge().pathForFile(file);
}

/** Any thrown value as the { code, message } the page shows. */
export function asClientError(err: unknown): ClientError {
  if (err instanceof ClientError) return err;
  return new ClientError('INTERNAL', err instanceof Error ? err.message : String(err), { cause: err });
}
