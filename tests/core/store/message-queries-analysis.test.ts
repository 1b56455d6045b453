// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { memoryDb, sms, writeSource } from '../../support/records';
import { listMessages } from '../../../src-main/core/store/message-queries';
import { signalBits } from '../../../src-main/core/analysis/signal-bits';

// 25,000 messages: every 5,000th is a high-risk fraud with a link, the rest plain adverts; enough
// for both ways the list finds analysed messages (sorting a few matches, walking many).
function analysedStore() {
  const db = memoryDb();
  const start = Date.parse('2025-01-01T00:00:00Z');
  writeSource(db, Array.from({ length: 25_000 }, (_, i) => sms(`1069${String(i % 50).padStart(4, '0')}`, start + i * 60_000, `第${i}条`)));
  const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[];
  const link = signalBits([{ code: 'link', start: 0, end: 1 }]);
  const insert = db.prepare('INSERT INTO analysis (message_id, category, category_source, risk, signal_bits_a, signal_bits_b, basis) VALUES (?, ?, ?, ?, ?, ?, 1)');
  db.transaction(() => {
    ids.forEach((id, i) => {
      const fraud = i % 5000 === 0;
      insert.run(id, fraud ? 'fraud' : 'marketing', 'rules', fraud ? 0.9 : 0.3, fraud ? link.a : 0n, fraud ? link.b : 0n);
    });
  })();
  return { db, ids, frauds: ids.filter((_, i) => i % 5000 === 0).reverse() };
}

describe('listing messages by their analysis', () => {
  const { db, ids, frauds } = analysedStore();

  it('finds a rare category newest first with its exact total', () => {
    const r = listMessages(db, { categories: ['fraud'] }, 0, 100);
    expect(r.total).toBe(5);
    expect(r.rows.map((row) => row.id)).toEqual(frauds);
    expect(r.rows.every((row) => row.category === 'fraud' && row.risk === 0.9 && row.categorySource === 'rules')).toBe(true);
  });

  it('pages through a common category newest first without gaps', () => {
    const first = listMessages(db, { categories: ['marketing'] }, 0, 100);
    const second = listMessages(db, { categories: ['marketing'] }, 100, 100);
    expect(first.total).toBe(24_995);
    const expected = [...ids].reverse().filter((id) => !frauds.includes(id)).slice(0, 200);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
  });

  it('filters by minimum risk and by signal, alone and together with other filters', () => {
    expect(listMessages(db, { minRisk: 0.8 }, 0, 10).rows.map((r) => r.id)).toEqual(frauds);
    expect(listMessages(db, { signal: 'link' }, 0, 10).total).toBe(5);
    expect(listMessages(db, { signal: 'threat_credit' }, 0, 10).total).toBe(0);
    const sender = listMessages(db, { signal: 'link', senderId: listMessages(db, { categories: ['fraud'] }, 0, 1).rows[0]!.senderId }, 0, 10);
    expect(sender.total).toBe(5);
    expect(listMessages(db, { categories: ['fraud', 'marketing'], minRisk: 0.5 }, 0, 10).total).toBe(5);
  });

  it('leaves unanalysed messages out of analysis filters but shows them unfiltered', () => {
    db.prepare('DELETE FROM analysis WHERE message_id = ?').run(frauds[0]);
    expect(listMessages(db, { categories: ['fraud'] }, 0, 10).total).toBe(4);
    const newest = listMessages(db, {}, 0, 1).rows[0]!;
    expect(newest.id).toBe(ids.at(-1));
  });
});

describe('searching within an analysis filter', () => {
  it('finds the search matches of one category newest first, with their total', () => {
    const db = memoryDb();
    const start = Date.parse('2025-03-01T00:00:00Z');
    writeSource(db, Array.from({ length: 300 }, (_, i) => sms('13800001111', start + i * 60_000, i % 3 === 0 ? `您的借款已逾期${i}天` : `晚上吃饭${i}`)));
    const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[];
    const insert = db.prepare("INSERT INTO analysis (message_id, category, category_source, risk, signal_bits_a, signal_bits_b, basis) VALUES (?, ?, 'rules', 0.5, 0, 0, 1)");
    // Every sixth message is collection: half of the 逾期 texts.
    ids.forEach((id, i) => insert.run(id, i % 6 === 0 ? 'debt_collection' : 'personal'));
    const r = listMessages(db, { query: '逾期', categories: ['debt_collection'] }, 0, 10);
    expect(r.total).toBe(50);
    expect(r.rows.map((row) => row.id)).toEqual(ids.filter((_, i) => i % 6 === 0).reverse().slice(0, 10));
    expect(listMessages(db, { query: '逾期', categories: ['personal'] }, 0, 500).total).toBe(50);
    expect(listMessages(db, { query: '吃饭', categories: ['debt_collection'] }, 0, 10).total).toBe(0);
  });
});
