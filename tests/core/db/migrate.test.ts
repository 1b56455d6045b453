// SPDX-License-Identifier: MIT
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../src-main/core/db/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src-main/core/db/migrations/index';
import { LeaklineError } from '../../../src-main/core/errors';

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('brings an empty database to the latest version and records it in user_version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['sources', 'senders', 'messages', 'calls', 'analysis', 'profile', 'message_marks', 'sender_marks', 'tags']));
  });

  it('is idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = tables(db);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(before);
  });

  it('refuses a database written by a newer Leakline', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(LeaklineError);
    expect(() => migrate(db)).toThrow(/update Leakline/);
  });

  it('rolls back every pending step when one fails', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'broken', up: 'CREATE TABLE x (; nonsense' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  describe.each(MIGRATIONS.map((m) => [m.version, m.name, m] as const))('migration %i (%s) on its own', (version, _name, m) => {
    it('applies on top of the previous version', () => {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.slice(0, version - 1));
      const before = tables(db);
      migrate(db, MIGRATIONS.slice(0, version));
      expect(schemaVersion(db)).toBe(version);
      expect(tables(db).length).toBeGreaterThan(before.length);
      expect(m.up.trim().length).toBeGreaterThan(0);
    });
  });
});
