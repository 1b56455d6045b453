// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { adviceFor } from '../../../src-main/core/advice/advice-for';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { timelineView } from '../../../src-main/core/timeline/build-timeline';
import { updateLeakTimeline } from '../../../src-main/core/timeline/update-leak-timeline';
import { useAnalysedDemo } from '../../support/analysed-demo';

const demo = useAnalysedDemo();
const memoNames = () => demo().db.prepare('SELECT name FROM timeline_memo ORDER BY name').pluck().all();

describe('the stored debt stories and advice', { timeout: 120_000 }, () => {
  it('are stored by the update that follows an analysis', () => {
    expect(memoNames()).toEqual(['advice', 'debts']);
    const stored = JSON.parse(demo().db.prepare("SELECT value FROM timeline_memo WHERE name = 'advice'").pluck().get() as string);
    expect(adviceFor(demo().db)).toEqual(stored);
  });

  it('are dropped when the analysis behind them changes, and never read stale', () => {
    const { db } = demo();
    const before = timelineView(db, { reveal: false });
    expect(before.incidents.some((i) => i.platform === '速借宝')).toBe(true);
    // The debt stories rest on debt facts; the advice on the per-sender figures.
    const fact = db.prepare('SELECT message_id FROM debt_facts LIMIT 1').pluck().get() as number;
    db.prepare('UPDATE debt_facts SET stage = stage WHERE message_id = ?').run(fact);
    expect(memoNames()).toEqual(['advice']);
    db.prepare('UPDATE sender_activity SET risk = risk WHERE sender_id = (SELECT min(sender_id) FROM sender_activity)').run();
    expect(memoNames()).toEqual([]);

    // Removing every message: the next view and advice are computed afresh, and empty.
    for (const id of db.prepare('SELECT id FROM sources').pluck().all() as number[]) removeSource(db, id);
    updateLeakTimeline(db);
    expect(timelineView(db, { reveal: false }).incidents).toEqual([]);
    expect(adviceFor(db)).toEqual([]);
  });
});
