// SPDX-License-Identifier: MIT
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../../src-main/core/db/migrations/index';

function at(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

function seedMessage(db: Database.Database): void {
  db.prepare("INSERT INTO sources (id, path, file_name, size, sha256, format, imported_at) VALUES (1, '/p/a.png', 'a.png', 10, 'x', 'screenshot', 0)").run();
  db.prepare("INSERT INTO senders (id, address, raw, kind) VALUES (1, '17123456789', '17123456789', 'mobile')").run();
  db.prepare(
    `INSERT INTO messages (id, source_id, sender_id, sender_raw, kind, direction, box, time, body, dedupe_key)
     VALUES (7, 1, 1, '17123456789', 'sms', 'in', 'inbox', 0, '您的借款已逾期', 'k')`,
  ).run();
}

describe('migration 0005 screenshot-readings', () => {
  it('adds screenshot_messages to a version 4 database that already holds messages', () => {
    const db = at(4);
    seedMessage(db);
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    db.prepare(
      `INSERT INTO screenshot_messages (message_id, source_id, recognized_text, recognized_sender, time_text, time_estimated, confidence, box, corrected)
       VALUES (7, 1, '您的借款已逾朝', '17123456789', '昨天 09:41', 0, 0.8, '{"x":1,"y":2,"width":3,"height":4}', 1)`,
    ).run();
    expect(db.prepare('SELECT count(*) AS n FROM screenshot_messages').get()).toEqual({ n: 1 });
  });

  it('drops a reading with its message', () => {
    const db = at(5);
    seedMessage(db);
    db.prepare("INSERT INTO screenshot_messages (message_id, source_id, recognized_text, confidence) VALUES (7, 1, '您的借款已逾期', 0.9)").run();
    db.prepare('DELETE FROM messages WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM screenshot_messages').get()).toEqual({ n: 0 });
  });

  it('refuses a reading of a message that does not exist', () => {
    const db = at(5);
    seedMessage(db);
    expect(() =>
      db.prepare("INSERT INTO screenshot_messages (message_id, source_id, recognized_text, confidence) VALUES (8, 1, 'x', 0.9)").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
