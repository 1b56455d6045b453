// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { LeaklineError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration in one transaction and records the new PRAGMA user_version.
 * A database written by a newer Leakline is refused rather than guessed at.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  if (current > latest) {
    throw new LeaklineError(
      'DB_FROM_FUTURE',
      `this database has schema version ${current}, but this Leakline understands up to ${latest}; update Leakline to open it`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) db.exec(m.up);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}

export { SCHEMA_VERSION };
