// SPDX-License-Identifier: MIT
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseContentHash } from '../../../src-main/core/report/content-hash';
import { analysedDemo, type DemoDatabase } from '../../support/analysed-demo';

let demo: DemoDatabase;
beforeAll(async () => {
  demo = await analysedDemo();
}, 120_000);
afterAll(() => demo.close());

describe('the database content hash', () => {
  it('is the SHA-256 of the documented lines, so anyone can recompute it', () => {
    const messages = demo.db
      .prepare('SELECT m.id, s.address, m.time, m.body FROM messages m JOIN senders s ON s.id = m.sender_id ORDER BY m.id')
      .all() as { id: number; address: string; time: number; body: string }[];
    const calls = demo.db
      .prepare('SELECT c.id, s.address, c.time, c.duration_s AS d, c.call_type AS t FROM calls c JOIN senders s ON s.id = c.sender_id ORDER BY c.id')
      .all() as { id: number; address: string; time: number; d: number; t: string }[];
    expect(calls.length).toBeGreaterThan(100);
    const text =
      messages.map((m) => `m\t${m.id}\t${m.address}\t${m.time}\t${JSON.stringify(m.body)}\n`).join('') +
      calls.map((c) => `c\t${c.id}\t${c.address}\t${c.time}\t${c.d}\t${c.t}\n`).join('');
    expect(databaseContentHash(demo.db)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('ignores the analysis but changes when a message text changes', () => {
    const before = databaseContentHash(demo.db);
    demo.db.prepare("UPDATE analysis SET category = 'other'").run();
    expect(databaseContentHash(demo.db)).toBe(before);
    demo.db.prepare("UPDATE messages SET body = body || '。' WHERE id = (SELECT max(id) FROM messages)").run();
    expect(databaseContentHash(demo.db)).not.toBe(before);
  });
});
