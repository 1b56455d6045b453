// SPDX-License-Identifier: MIT
// One hash of everything a Leakline database holds (every table, FTS shadow tables included, the
// schema and user_version), to show that a refused import left the database exactly as it was.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';

function cell(value: unknown): string {
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (typeof value === 'bigint') return `${value}n`;
  return JSON.stringify(value);
}

export function databaseContentHash(db: Database): string {
  const hash = createHash('sha256');
  hash.update(`user_version ${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    hash.update(`table ${name} ${sql ?? ''}\n`);
    // Rows sorted by their text, so the hash does not depend on the order SQLite returns them in.
    const rows = (db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).raw().all() as unknown[][]).map((r) => r.map(cell).join(','));
    for (const row of rows.sort()) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}

/** Rows per table, for a readable difference when the hashes disagree. */
export function databaseRowCounts(db: Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
  }
  return counts;
}
