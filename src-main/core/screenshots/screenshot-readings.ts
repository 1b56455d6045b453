// SPDX-License-Identifier: MIT
// The screenshot_messages table (migration 0005): for each message stored from a screenshot, what
// the machine read beside what the user accepted, so a correction can always be checked against
// the reading it replaced.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { PixelBox, type StoredScreenshotReading } from '../model/screenshot';

export interface ReadingRow {
  messageId: number;
  sourceId: number;
  reading: StoredScreenshotReading;
}

/** Prepares the insert once per commit; a message already described keeps its first reading. */
export function readingInserter(db: Database): (row: ReadingRow) => void {
  const insert: Statement<unknown[]> = db.prepare(
    `INSERT OR IGNORE INTO screenshot_messages
      (message_id, source_id, recognized_text, recognized_sender, time_text, time_estimated, confidence, box, corrected)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return ({ messageId, sourceId, reading: r }) => {
    insert.run(
      messageId,
      sourceId,
      r.recognizedText,
      r.recognizedSender,
      r.timeText,
      r.timeEstimated ? 1 : 0,
      r.confidence,
      r.box === null ? null : JSON.stringify(r.box),
      r.corrected ? 1 : 0,
    );
  };
}

interface Row {
  recognized_text: string;
  recognized_sender: string | null;
  time_text: string | null;
  time_estimated: number;
  confidence: number;
  box: string | null;
  corrected: number;
}

function boxOf(json: string | null): PixelBox | null {
  if (json === null) return null;
  try {
    const parsed = PixelBox.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    // A box is a convenience for showing where the bubble was; a damaged one is simply not shown.
    return null;
  }
}

/** How a message was read from a screenshot, or null for a message that came from a backup. */
export function screenshotReadingOf(db: Database, messageId: number): StoredScreenshotReading | null {
  const row = db
    .prepare(
      `SELECT recognized_text, recognized_sender, time_text, time_estimated, confidence, box, corrected
       FROM screenshot_messages WHERE message_id = ?`,
    )
    .get(messageId) as Row | undefined;
  if (!row) return null;
  return {
    recognizedText: row.recognized_text,
    recognizedSender: row.recognized_sender,
    timeText: row.time_text,
    timeEstimated: row.time_estimated === 1,
    confidence: row.confidence,
    box: boxOf(row.box),
    corrected: row.corrected === 1,
  };
}
