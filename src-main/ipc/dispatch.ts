// SPDX-License-Identifier: MIT
import { channels, type Channel, type Envelope } from './contract';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers';
import { toErrorPayload } from '../core/errors';

export type Dispatch = (channel: string, rawRequest: unknown) => Promise<Envelope<unknown>>;

function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

/**
 * Validates every request with its channel's zod schema before a handler sees it, and the
 * response before it leaves, so a handler bug cannot leak a field the contract does not name.
 */
export function createDispatcher(ctx: HandlerContext): Dispatch {
  return async (channel, rawRequest) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'BAD_REQUEST', message: `unknown channel ${channel}` } };
    const schema = channels[channel];
    const parsed = schema.request.safeParse(rawRequest ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'BAD_REQUEST', message: `${channel}: ${parsed.error.issues[0]?.message ?? 'invalid request'}` } };
    }
    try {
      const handler = handlers[channel] as (req: unknown, c: HandlerContext) => Promise<unknown>;
      const data = schema.response.parse(await handler(parsed.data, ctx));
      return { ok: true, data };
    } catch (err) {
      return { ok: false, error: toErrorPayload(err) };
    }
  };
}
