// SPDX-License-Identifier: MIT
import { beforeAll, describe, expect, it } from 'vitest';
import { useAnalysedDemo } from '../support/analysed-demo';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { channels, type Channel, type ResponseOf } from '../../src-main/ipc/contract';
import type { HandlerContext } from '../../src-main/ipc/handler-context';
import { timelineHandlers } from '../../src-main/ipc/timeline-handlers';
import { getStats } from '../../src-main/core/store/stats';
import { CAST } from '../../src-main/core/demo/demo-cast';
import { normalizeAddress } from '../../src-main/core/senders/normalize-address';

type TimelineChannel = keyof typeof timelineHandlers;
let db: Database;

/** The channels as the dispatcher runs them: request and response checked by the contract's schemas. */
async function call<C extends TimelineChannel>(channel: C, request: unknown): Promise<ResponseOf<C>> {
  const schema = channels[channel as Channel];
  const parsed = schema.request.safeParse(request);
  if (!parsed.success) throw new Error(`${channel}: ${parsed.error.issues[0]?.message}`);
  const handler = timelineHandlers[channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
  return schema.response.parse(await handler(parsed.data, { db } as unknown as HandlerContext)) as ResponseOf<C>;
}

const demo = useAnalysedDemo();
beforeAll(() => {
  db = demo().db;
});

describe('timeline channels', { timeout: 120_000 }, () => {
  it("answers 'timeline:get' with masked labels, first events, clusters and incidents", async () => {
    const view = await call('timeline:get', {});
    expect(view.items.find((i) => i.key === 'relatives.0')?.label).toBe('父亲 林*国');
    expect(view.events.length).toBeGreaterThan(20);
    expect(view.events.every((e) => e.first)).toBe(true);
    expect(view.clusters.some((c) => c.senders.includes(normalizeAddress(CAST.collectorA.number).address))).toBe(true);
    expect(view.incidents.find((i) => i.platform === '速借宝')?.contactsDrawnIn).not.toBeNull();
    const revealed = await call('timeline:get', { reveal: true });
    expect(revealed.items.find((i) => i.key === 'relatives.0')?.label).toBe('父亲 林建国');
  });

  it("answers 'timeline:histogram' with buckets that add up to the messages", async () => {
    const h = await call('timeline:histogram', { buckets: 50 });
    const stats = getStats(db);
    expect(h.counts).toHaveLength(50);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(stats.messages - h.suspect);
    expect(h.from).toBeLessThan(h.to);
    await expect(call('timeline:histogram', { buckets: 3 })).rejects.toThrow(/timeline:histogram/);
  });

  it("pages 'senders:dossiers' by what senders knew", async () => {
    const page = await call('senders:dossiers', { offset: 0, limit: 5, sort: 'knows' });
    expect(page.rows).toHaveLength(5);
    expect(page.total).toBeGreaterThan(100);
    const top = page.rows[0]!;
    expect(top.address).toBe(normalizeAddress(CAST.collectorC.number).address);
    const next = await call('senders:dossiers', { offset: 5, limit: 5, sort: 'knows' });
    expect(next.rows[0]!.knows.length).toBeLessThanOrEqual(page.rows[4]!.knows.length);
  });
});
