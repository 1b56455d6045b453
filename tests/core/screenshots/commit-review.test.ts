// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { commitScreenshotReview } from '../../../src-main/core/screenshots/commit-review';
import { screenshotReadingOf } from '../../../src-main/core/screenshots/screenshot-readings';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { memoryDb, sms, writeSource } from '../../support/records';
import { bubble, code, contact, overdue, reply, review, sha, shot, T1, T2, threat } from './review-builders';

const COLLECTOR = '+86 171 2345 6789';


/** Two overlapping shots of one collector's thread; the second misread a character the user fixed. */
function collectorThread() {
  return review(
    shot(1, COLLECTOR, [bubble(overdue, T1), bubble(contact, T1), bubble(reply, T1, { direction: 'out' })]),
    shot(2, COLLECTOR, [
      bubble(contact, null, { recognized_text: contact.replace('家人', '家入'), confidence: 0.71 }),
      bubble(reply, null, { direction: 'out' }),
      bubble(threat, T2),
    ]),
  );
}

function count(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function tableCounts(db: Database) {
  return Object.fromEntries(
    ['sources', 'senders', 'messages', 'message_also_in', 'screenshot_messages', 'messages_fts'].map((t) => [t, count(db, t)]),
  );
}

function storedMessages(db: Database) {
  return db
    .prepare('SELECT id, source_id, direction, box, time, time_text, body FROM messages ORDER BY id')
    .all() as { id: number; source_id: number; direction: string; box: string; time: number; time_text: string | null; body: string }[];
}

describe('commitScreenshotReview', () => {
  it('writes one source per screenshot with its path, name and sha256', () => {
    const db = memoryDb();
    const summaries = commitScreenshotReview(db, collectorThread());
    expect(summaries.map((s) => [s.format, s.sha256, s.messagesAdded, s.duplicatesSkipped])).toEqual([
      ['screenshot', sha(1), 3, 0],
      ['screenshot', sha(2), 1, 2],
    ]);
    const sources = db.prepare('SELECT id, path, file_name, sha256, format, time_zone FROM sources ORDER BY id').all();
    expect(sources).toEqual([
      expect.objectContaining({ path: collectorThread().screenshots[0]!.file, file_name: 'Screenshot_2025-04-16-13-11.png', sha256: sha(1), format: 'screenshot', time_zone: 'Asia/Shanghai' }),
      expect.objectContaining({ sha256: sha(2), format: 'screenshot' }),
    ]);
  });

  it('stores overlapping bubbles once, under the first screenshot, and notes the second carried them too', () => {
    const db = memoryDb();
    const [first, second] = commitScreenshotReview(db, collectorThread());
    const rows = storedMessages(db);
    expect(rows.map((r) => r.body)).toEqual([overdue, contact, reply, threat]);
    expect(rows.map((r) => r.source_id)).toEqual([first!.sourceId, first!.sourceId, first!.sourceId, second!.sourceId]);
    const alsoIn = db.prepare('SELECT message_id, source_id FROM message_also_in ORDER BY message_id').all();
    expect(alsoIn).toEqual([
      { message_id: rows[1]!.id, source_id: second!.sourceId },
      { message_id: rows[2]!.id, source_id: second!.sourceId },
    ]);
  });

  it('files bubbles by side: incoming in the inbox, outgoing as sent, with the separator text kept', () => {
    const db = memoryDb();
    commitScreenshotReview(db, collectorThread());
    const rows = storedMessages(db);
    expect(rows.map((r) => [r.direction, r.box])).toEqual([
      ['in', 'inbox'],
      ['in', 'inbox'],
      ['out', 'sent'],
      ['in', 'inbox'],
    ]);
    expect(rows.map((r) => r.time_text)).toEqual(['13:09', '13:09', '13:09', '15:42']);
    const sender = db.prepare('SELECT address, raw, contact_name FROM senders').all();
    expect(sender).toEqual([{ address: '17123456789', raw: COLLECTOR, contact_name: null }]);
  });

  it('keeps the screen order within a minute by giving each bubble its own second', () => {
    const db = memoryDb();
    commitScreenshotReview(db, collectorThread());
    const times = storedMessages(db).map((r) => r.time);
    const t1 = Date.parse(T1);
    expect(times).toEqual([t1, t1 + 1000, t1 + 2000, Date.parse(T2)]);
  });

  it('stores what the machine read beside what the user accepted', () => {
    const db = memoryDb();
    commitScreenshotReview(db, collectorThread());
    const [a, b] = storedMessages(db);
    expect(screenshotReadingOf(db, a!.id)).toEqual({
      recognizedText: overdue,
      recognizedSender: COLLECTOR,
      timeText: '13:09',
      timeEstimated: false,
      confidence: 0.93,
      box: { x: 40, y: 300, width: 800, height: 160 },
      corrected: false,
    });
    // The corrected reading from the second shot is the one kept for the contact-person bubble.
    expect(screenshotReadingOf(db, b!.id)).toMatchObject({ recognizedText: contact.replace('家人', '家入'), confidence: 0.71, corrected: true });
  });

  it('marks a corrected sender as a correction', () => {
    const db = memoryDb();
    const fixed = review(shot(1, '17123456789', [bubble(threat, T2)], { recognized_sender: '171 2345 67B9' }));
    commitScreenshotReview(db, fixed);
    expect(screenshotReadingOf(db, storedMessages(db)[0]!.id)).toMatchObject({ recognizedSender: '171 2345 67B9', corrected: true });
  });

  it('has no reading for a message that came from a backup', () => {
    const db = memoryDb();
    writeSource(db, [sms('95588', '2025-03-01T01:00:00Z', '【工商银行】您尾号1234的卡支出500.00元')]);
    expect(screenshotReadingOf(db, storedMessages(db)[0]!.id)).toBeNull();
  });

  it('estimates missing times from the bubble before, else after, else the reference midnight', () => {
    const db = memoryDb();
    commitScreenshotReview(
      db,
      review(
        shot(1, COLLECTOR, [bubble(overdue, null), bubble(threat, T2), bubble(reply, null, { direction: 'out' })]),
        shot(2, '95526', [bubble('【宜人贷】您的账单已逾期，请尽快还款。', null)], { reference_date: '2025-04-10' }),
      ),
    );
    const rows = storedMessages(db).sort((x, y) => x.body.localeCompare(y.body));
    const byBody = new Map(rows.map((r) => [r.body, r]));
    const t2 = Date.parse(T2);
    expect(byBody.get(overdue)!.time).toBe(t2);
    expect(byBody.get(threat)!.time).toBe(t2 + 1000);
    expect(byBody.get(reply)!.time).toBe(t2 + 2000);
    expect(byBody.get('【宜人贷】您的账单已逾期，请尽快还款。')!.time).toBe(Date.parse('2025-04-10T00:00:00+08:00'));
    expect(screenshotReadingOf(db, byBody.get(reply)!.id)).toMatchObject({ timeEstimated: true, timeText: null });
    expect(screenshotReadingOf(db, byBody.get(threat)!.id)).toMatchObject({ timeEstimated: false });
  });

  it('keeps the same code texted twice in one minute as two messages', () => {
    const db = memoryDb();
    commitScreenshotReview(db, review(shot(1, '95188', [bubble(code, T1), bubble(code, T1)])));
    expect(storedMessages(db).map((r) => r.body)).toEqual([code, code]);
  });

  it('does not merge conversations of different senders', () => {
    const db = memoryDb();
    const summaries = commitScreenshotReview(
      db,
      review(shot(1, COLLECTOR, [bubble(overdue, T1), bubble(contact, T1)]), shot(2, '17000001111', [bubble(overdue, T1), bubble(contact, T1)])),
    );
    expect(summaries.map((s) => s.messagesAdded)).toEqual([2, 2]);
    expect(count(db, 'senders')).toBe(2);
  });

  it('records a name in the header as the contact name', () => {
    const db = memoryDb();
    commitScreenshotReview(db, review(shot(1, '招商银行', [bubble('【招商银行】您的信用卡本期账单已逾期，请及时还款。', T1)])));
    expect(db.prepare('SELECT address, kind, contact_name FROM senders').get()).toEqual({ address: '招商银行', kind: 'alphanumeric', contact_name: '招商银行' });
  });

  it('adds nothing and no new source when the same review is committed again', () => {
    const db = memoryDb();
    const first = commitScreenshotReview(db, collectorThread());
    const before = tableCounts(db);
    const again = commitScreenshotReview(db, collectorThread());
    expect(tableCounts(db)).toEqual(before);
    expect(again.map((s) => [s.sourceId, s.messagesAdded, s.duplicatesSkipped])).toEqual([
      [first[0]!.sourceId, 0, 3],
      [first[1]!.sourceId, 0, 3],
    ]);
  });

  it('stores a corrected re-commit of a screenshot as a new source with only the changed message', () => {
    const db = memoryDb();
    commitScreenshotReview(db, collectorThread());
    const edited = collectorThread();
    edited.screenshots[1]!.messages[2]!.text = threat.replace('18点', '19点');
    const again = commitScreenshotReview(db, edited);
    expect(again.map((s) => s.messagesAdded)).toEqual([0, 1]);
    expect(count(db, 'sources')).toBe(3);
  });

  it('stores nothing for a screenshot whose messages are all skipped, even without a sender', () => {
    const db = memoryDb();
    const summaries = commitScreenshotReview(
      db,
      review(shot(1, COLLECTOR, [bubble(overdue, T1)]), shot(2, '', [bubble('中国移动 4G 下午1:09', null, { skip: true })])),
    );
    expect(summaries).toHaveLength(1);
    expect(count(db, 'sources')).toBe(1);
  });

  it('records the size of the image and the import time it is given', () => {
    const db = memoryDb();
    const dir = mkdtempSync(join(tmpdir(), 'leakline-shot-'));
    const file = join(dir, 'IMG_0412.PNG');
    writeFileSync(file, Buffer.alloc(2048, 7));
    commitScreenshotReview(db, review(shot(1, COLLECTOR, [bubble(threat, T2)], { file })), { now: 1_750_000_000_000 });
    expect(db.prepare('SELECT size, imported_at FROM sources').get()).toEqual({ size: 2048, imported_at: 1_750_000_000_000 });
  });
});

describe('commitScreenshotReview validation', () => {
  function rejects(bad: ReturnType<typeof review>, message: RegExp): void {
    const db = memoryDb();
    commitScreenshotReview(db, review(shot(9, COLLECTOR, [bubble(code, T1)])));
    const before = tableCounts(db);
    let error: unknown;
    try {
      commitScreenshotReview(db, bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as ImportInputError).code).toBe('MALFORMED_INPUT');
    expect((error as Error).message).toMatch(message);
    for (const text of [overdue, contact, reply, threat]) expect((error as Error).message).not.toContain(text.slice(0, 6));
    expect(tableCounts(db)).toEqual(before);
  }

  it('refuses a screenshot with messages but no sender, naming the file', () => {
    const bad = collectorThread();
    bad.screenshots[1]!.sender = '  ';
    rejects(bad, /Screenshot_2025-04-16-13-12\.png: screenshot 2 needs a sender/);
  });

  it('refuses a message left without text, naming its number', () => {
    const bad = collectorThread();
    bad.screenshots[1]!.messages[2]!.text = ' ';
    rejects(bad, /13-12\.png: message 3 has no text/);
  });

  it('refuses a time that is not ISO 8601', () => {
    const bad = collectorThread();
    bad.screenshots[0]!.messages[1]!.time = '昨天 13:09';
    rejects(bad, /13-11\.png: message 2: the time is not an ISO 8601 time/);
  });

  it('refuses an unknown time zone', () => {
    const bad = collectorThread();
    bad.time_zone = 'China/Beijing';
    rejects(bad, /unknown time zone "China\/Beijing"/);
  });

  it('reads a time typed without an offset in the review zone', () => {
    const db = memoryDb();
    commitScreenshotReview(db, review(shot(1, COLLECTOR, [bubble(threat, '2025-04-16T15:42')])));
    expect(storedMessages(db)[0]!.time).toBe(Date.parse(T2));
  });
});

describe('removing a screenshot source', () => {
  it('keeps a shared message under the other screenshot and moves its reading along', () => {
    const db = memoryDb();
    const [first, second] = commitScreenshotReview(db, collectorThread());
    removeSource(db, first!.sourceId);
    expect(storedMessages(db).map((r) => r.body)).toEqual([contact, reply, threat]);
    const readings = db.prepare('SELECT source_id FROM screenshot_messages').all() as { source_id: number }[];
    expect(readings).toHaveLength(3);
    expect(readings.every((r) => r.source_id === second!.sourceId)).toBe(true);
  });

  it('removes the readings of the messages that go with it', () => {
    const db = memoryDb();
    const [first, second] = commitScreenshotReview(db, collectorThread());
    removeSource(db, second!.sourceId);
    removeSource(db, first!.sourceId);
    expect(count(db, 'screenshot_messages')).toBe(0);
    expect(count(db, 'messages')).toBe(0);
  });
});
