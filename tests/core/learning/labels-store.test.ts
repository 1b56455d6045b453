// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { memoryDb, sms, writeSource } from '../../support/records';
import { labelFor, labelOfMessage, loadLabels, setLabels } from '../../../src-main/core/learning/labels-store';
import { refreshLearnedModel } from '../../../src-main/core/learning/learned-model-store';

function seeded() {
  const db = memoryDb();
  writeSource(db, [
    sms('13812345678', '2025-04-01T08:00:00Z', '你好，我是小李'),
    sms('13812345678', '2025-04-02T08:00:00Z', '明天见'),
    sms('95588', '2025-04-03T08:00:00Z', '【工商银行】您尾号8848的卡支出500.00元'),
  ]);
  const ids = db.prepare('SELECT id FROM messages ORDER BY id').pluck().all() as number[];
  const sender = db.prepare("SELECT id FROM senders WHERE address = '13812345678'").pluck().get() as number;
  return { db, ids, sender };
}

describe('user labels', () => {
  it('labels single messages and reads the label back', () => {
    const { db, ids, sender } = seeded();
    expect(setLabels(db, { messageIds: [ids[0]!] }, 'personal')).toBe(1);
    expect(labelFor(loadLabels(db), ids[0]!, sender)).toEqual({ scope: 'message', category: 'personal' });
    expect(labelFor(loadLabels(db), ids[1]!, sender)).toBeNull();
  });

  it('labels everything from a sender, while a message label of its own still wins', () => {
    const { db, ids, sender } = seeded();
    setLabels(db, { messageIds: [ids[0]!] }, 'other');
    expect(setLabels(db, { senderId: sender }, 'personal')).toBe(1);
    const labels = loadLabels(db);
    expect(labelFor(labels, ids[0]!, sender)?.category).toBe('other');
    expect(labelFor(labels, ids[1]!, sender)).toEqual({ scope: 'sender', category: 'personal' });
  });

  it('updates the stored category at once and marks a cleared label for re-analysis', () => {
    const { db, ids } = seeded();
    db.prepare(
      "INSERT INTO analysis (message_id, category, category_source, risk, signal_bits_a, signal_bits_b, basis) VALUES (?, 'other', 'rules', 0.1, 0, 0, 7)",
    ).run(ids[2]);
    setLabels(db, { messageIds: [ids[2]!] }, 'notice');
    expect(db.prepare('SELECT category, category_source FROM analysis WHERE message_id = ?').get(ids[2])).toEqual({ category: 'notice', category_source: 'user' });
    setLabels(db, { messageIds: [ids[2]!] }, null);
    expect(loadLabels(db).byMessage.size).toBe(0);
    expect(db.prepare('SELECT basis FROM analysis WHERE message_id = ?').pluck().get(ids[2])).toBe(0);
  });

  it('refuses an unknown message and changes nothing', () => {
    const { db, ids } = seeded();
    expect(() => setLabels(db, { messageIds: [ids[0]!, 999] }, 'fraud')).toThrow(/no message with id 999/);
    expect(loadLabels(db).byMessage.size).toBe(0);
  });

  it('refuses an unknown sender', () => {
    const { db } = seeded();
    expect(() => setLabels(db, { senderId: 999 }, 'fraud')).toThrow(/no sender with id 999/);
  });
});

describe('the learned model', () => {
  it('is retrained only when the labels changed', () => {
    const { db, ids, sender } = seeded();
    expect(refreshLearnedModel(db).model).toBeNull();
    setLabels(db, { senderId: sender }, 'personal');
    setLabels(db, { messageIds: [ids[2]!] }, 'notice');
    const first = refreshLearnedModel(db, 1000);
    expect(first.model?.examples).toBe(3);
    const again = refreshLearnedModel(db, 2000);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(db.prepare('SELECT trained_at FROM learned_model').pluck().get()).toBe(1000);
    setLabels(db, { messageIds: [ids[2]!] }, null);
    expect(refreshLearnedModel(db).fingerprint).not.toBe(first.fingerprint);
  });

  it('is deleted when the last label goes', () => {
    const { db, ids } = seeded();
    setLabels(db, { messageIds: [ids[2]!] }, 'notice');
    refreshLearnedModel(db);
    setLabels(db, { messageIds: [ids[2]!] }, null);
    expect(refreshLearnedModel(db).model).toBeNull();
    expect(db.prepare('SELECT count(*) FROM learned_model').pluck().get()).toBe(0);
  });
});

describe('the label of one message', () => {
  it('reads the same label as the loaded set: its own first, else its sender’s', () => {
    const { db, ids, sender } = seeded();
    setLabels(db, { senderId: sender }, 'personal');
    setLabels(db, { messageIds: [ids[0]!] }, 'other');
    for (const id of ids) {
      const senderId = db.prepare('SELECT sender_id FROM messages WHERE id = ?').pluck().get(id) as number;
      expect(labelOfMessage(db, id, senderId)).toEqual(labelFor(loadLabels(db), id, senderId));
    }
    expect(labelOfMessage(db, ids[0]!, sender)).toEqual({ scope: 'message', category: 'other' });
  });
});
