// SPDX-License-Identifier: MIT
// Stores a reviewed set of screenshots as messages, the way an importer stores a backup: one source
// per screenshot (the image's path, size and sha256), messages deduplicated against everything
// already stored, all in one transaction so that a bad review stores nothing. Screenshots that were
// committed before with the same content add nothing and no second, empty source: they are reported
// against the source they were first stored under, every message counted as a duplicate.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { messageDedupeKey } from '../import/dedupe-key';
import type { ScreenshotReviewDraft } from '../model/screenshot';
import type { ImportSummary } from '../model/source';
import { normalizeAddress } from '../senders/normalize-address';
import { ImportWriter } from '../store/import-writer';
import { planScreenshotMessages, type PlannedMessage } from './conversation-plan';
import { checkReview } from './review-checks';
import { readingInserter, type ReadingRow } from './screenshot-readings';

export interface CommitOptions {
  /** Recorded as the sources' import time; default: now. */
  now?: number;
  /** Names the review in errors that concern it as a whole (its file, for `leakline import --review`). */
  reviewName?: string;
}

interface Statements {
  sourceBySha: Statement<[string], { id: number }>;
  messageByKey: Statement<[string], { id: number; source_id: number }>;
  setTimeText: Statement<[string, number]>;
  setImportedAt: Statement<[number, number]>;
}

function keyOf(p: PlannedMessage): string {
  const r = p.record;
  return messageDedupeKey(normalizeAddress(r.address).address, r.direction, r.time, r.body);
}

/** The image's size when it is still where it was read; a review can outlive its images. */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function duplicateSummary(sourceId: number, file: string, sha256: string, messages: number): ImportSummary {
  return {
    sourceId,
    file,
    format: 'screenshot',
    sha256,
    messagesAdded: 0,
    duplicatesSkipped: messages,
    callsAdded: 0,
    sendersAdded: 0,
    firstTime: null,
    lastTime: null,
  };
}

/**
 * Validates the review (ImportInputError naming the screenshot and message number), then stores it
 * in one transaction and returns one summary per screenshot that had messages to import, in review
 * order. Screenshots whose messages are all skipped store nothing and get no summary.
 */
export function commitScreenshotReview(db: Database, review: ScreenshotReviewDraft, options: CommitOptions = {}): ImportSummary[] {
  checkReview(review, options.reviewName);
  const plan = planScreenshotMessages(review);
  const st: Statements = {
    sourceBySha: db.prepare("SELECT id FROM sources WHERE sha256 = ? AND format = 'screenshot' ORDER BY id LIMIT 1"),
    messageByKey: db.prepare('SELECT id, source_id FROM messages WHERE dedupe_key = ?'),
    setTimeText: db.prepare('UPDATE messages SET time_text = ? WHERE id = ?'),
    setImportedAt: db.prepare('UPDATE sources SET imported_at = ? WHERE id = ?'),
  };
  return db.transaction(() => {
    const insertReading = readingInserter(db);
    const sourceOfShot = new Map<number, number>();
    const added: { messageId: number; planned: PlannedMessage }[] = [];
    const summaries: ImportSummary[] = [];
    review.screenshots.forEach((shot, s) => {
      const planned = plan[s]!;
      if (planned.length === 0) return;
      const keys = planned.map(keyOf);
      const earlier = st.sourceBySha.get(shot.sha256);
      if (earlier && keys.every((k) => st.messageByKey.get(k) !== undefined)) {
        sourceOfShot.set(s, earlier.id);
        summaries.push(duplicateSummary(earlier.id, shot.file, shot.sha256, planned.length));
        return;
      }
      const writer = new ImportWriter(db, {
        path: shot.file,
        fileName: basename(shot.file),
        size: fileSize(shot.file),
        sha256: shot.sha256,
        format: 'screenshot',
        timeZone: review.time_zone,
      });
      sourceOfShot.set(s, writer.sourceId);
      planned.forEach((p, i) => {
        const before = writer.counts.messagesAdded;
        writer.write([p.record]);
        if (writer.counts.messagesAdded === before) return;
        const row = st.messageByKey.get(keys[i]!)!;
        if (p.reading.timeText !== null) st.setTimeText.run(p.reading.timeText, row.id);
        added.push({ messageId: row.id, planned: p });
      });
      const counts = writer.finish();
      if (options.now !== undefined) st.setImportedAt.run(options.now, writer.sourceId);
      summaries.push({ sourceId: writer.sourceId, file: shot.file, format: 'screenshot', sha256: shot.sha256, ...counts });
    });
    // Written last: the reading kept may come from a later screenshot than the one storing the message.
    for (const { messageId, planned } of added) {
      const { shot, ...reading } = planned.reading;
      const row: ReadingRow = { messageId, sourceId: sourceOfShot.get(shot)!, reading };
      insertReading(row);
    }
    return summaries;
  })();
}
