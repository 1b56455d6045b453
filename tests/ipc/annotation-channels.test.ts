// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { channels, type Channel, type ResponseOf } from '../../src-main/ipc/contract';
import type { HandlerContext } from '../../src-main/ipc/handler-context';
import { annotationHandlers } from '../../src-main/ipc/annotation-handlers';
import { handlers } from '../../src-main/ipc/handlers';
import { openDatabase } from '../../src-main/core/db/open';
import { importPath } from '../../src-main/core/import/run-import';
import { parseProfileFile, saveProfile } from '../../src-main/core/profile/profile-store';
import { analyseDatabase } from '../../src-main/core/analysis/run-analysis';
import { CAST } from '../../src-main/core/demo/demo-cast';
import { normalizeAddress } from '../../src-main/core/senders/normalize-address';

const DEMO = resolve(__dirname, '../../resources/demo');
let dir: string;
let db: Database;

/** A channel as the dispatcher runs it: request and response checked by the contract's schemas. */
async function call<C extends Channel>(channel: C, request: unknown): Promise<ResponseOf<C>> {
  const schema = channels[channel];
  const parsed = schema.request.safeParse(request);
  if (!parsed.success) throw new Error(`${channel}: ${parsed.error.issues[0]?.message}`);
  const handler = handlers[channel] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
  return schema.response.parse(await handler(parsed.data, { db } as unknown as HandlerContext)) as ResponseOf<C>;
}

const collectorId = (): number =>
  (db.prepare('SELECT id FROM senders WHERE address = ?').get(normalizeAddress(CAST.collectorC.number).address) as { id: number }).id;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-annotation-ipc-'));
  db = openDatabase(join(dir, 'demo.db'), { key: null });
  await importPath(db, join(DEMO, 'demo-sms.xml'));
  saveProfile(db, parseProfileFile(readFileSync(join(DEMO, 'demo-profile.json'), 'utf8')));
  await analyseDatabase(db);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('annotation and advice channels', { timeout: 60_000 }, () => {
  it('are the handlers the app dispatches', () => {
    for (const c of ['annotations:set', 'annotations:tags', 'advice:get'] as const) expect(handlers[c]).toBe(annotationHandlers[c]);
  });

  it("stars and tags every message of a collector in bulk, then filters the list by star and tag", async () => {
    const page = await call('messages:list', { filter: { senderId: collectorId() }, offset: 0, limit: 100 });
    const ids = page.rows.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(await call('annotations:set', { target: { messageIds: ids }, star: true, addTag: '  速借宝催收 ' })).toEqual({ updated: ids.length });
    const starred = await call('messages:list', { filter: { starred: true }, offset: 0, limit: 100 });
    expect(starred.total).toBe(ids.length);
    expect(starred.rows.every((r) => r.starred && r.tags.includes('速借宝催收'))).toBe(true);
    const tagged = await call('messages:list', { filter: { tag: '速借宝催收', query: '回电' }, offset: 0, limit: 100 });
    expect(tagged.total).toBeGreaterThan(0);
    expect(tagged.rows.every((r) => r.senderId === collectorId())).toBe(true);
    expect((await call('annotations:tags', {})).tags).toEqual([{ tag: '速借宝催收', messages: ids.length, senders: 0 }]);
  });

  it('writes a note that the message detail returns', async () => {
    const id = (await call('messages:list', { filter: { senderId: collectorId() }, offset: 0, limit: 1 })).rows[0]!.id;
    await call('annotations:set', { target: { messageIds: [id] }, note: '已截图，准备向12378投诉' });
    expect((await call('messages:get', { id })).note).toBe('已截图，准备向12378投诉');
  });

  it('refuses a tag over 40 characters and an empty target list', async () => {
    await expect(call('annotations:set', { target: { messageIds: [1] }, addTag: 'x'.repeat(41) })).rejects.toThrow();
    await expect(call('annotations:set', { target: { senderIds: [] }, star: true })).rejects.toThrow();
  });

  it("marks senders, shown by 'senders:list'", async () => {
    await call('annotations:set', { target: { senderIds: [collectorId()] }, star: true, note: '上门威胁' });
    const row = (await call('senders:list', { limit: 1000 })).rows.find((s) => s.id === collectorId())!;
    expect(row).toMatchObject({ starred: true, note: '上门威胁' });
  });

  it("answers 'advice:get' with advice specific to the demo's debts", async () => {
    const { advice } = await call('advice:get', {});
    expect(advice.map((a) => a.kind)).toEqual(expect.arrayContaining(['unofficial_collectors', 'emergency_contact', 'leak_before_lender']));
    expect(advice.find((a) => a.kind === 'unofficial_collectors')!.facts.senders).toBe(4);
  });
});
