// SPDX-License-Identifier: MIT
import type { Migration } from './migration';

// Messages read from screenshots keep what the machine read beside what the user accepted, so a
// corrected reading stays visible and checkable. One row per stored message: `source_id` is the
// screenshot whose reading was kept (a bubble seen in two overlapping shots is read twice; the
// fuller reading wins), which removing that screenshot re-points to the message's new source.
// `time_estimated` marks times taken from a neighbouring bubble because no separator was on screen.
export const screenshotReadings: Migration = {
  version: 5,
  name: 'screenshot-readings',
  up: `
    CREATE TABLE screenshot_messages (
      message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES sources(id),
      recognized_text TEXT NOT NULL,
      recognized_sender TEXT,
      time_text TEXT,
      time_estimated INTEGER NOT NULL DEFAULT 0,
      confidence REAL NOT NULL,
      box TEXT,
      corrected INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX screenshot_messages_source ON screenshot_messages(source_id);
  `,
};
