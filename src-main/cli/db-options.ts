// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type DbKey } from '../core/db/open';
import { LeaklineError } from '../core/errors';
import { defaultDbPath } from '../core/paths/user-data-dir';

export interface DbFlags {
  db?: string;
  passphraseFile?: string;
}

/** --db, then LEAKLINE_DB, then the desktop app's own database. */
export function resolveDbPath(flags: DbFlags, env: NodeJS.ProcessEnv = process.env): string {
  return flags.db ?? env.LEAKLINE_DB ?? defaultDbPath(env);
}

/** --passphrase-file, then LEAKLINE_PASSPHRASE; no passphrase means an unencrypted database. */
export function resolveKey(flags: DbFlags, env: NodeJS.ProcessEnv = process.env): DbKey {
  if (flags.passphraseFile) {
    let text: string;
    try {
      text = readFileSync(flags.passphraseFile, 'utf8');
    } catch (err) {
      throw new LeaklineError('FILE_NOT_FOUND', `cannot read the passphrase file ${flags.passphraseFile}`, { cause: err });
    }
    // A trailing newline from `echo secret > file` is not part of the passphrase.
    text = text.replace(/\r?\n$/, '');
    if (!text) throw new LeaklineError('BAD_REQUEST', `the passphrase file ${flags.passphraseFile} is empty`);
    return { kind: 'passphrase', text };
  }
  const fromEnv = env.LEAKLINE_PASSPHRASE;
  return fromEnv ? { kind: 'passphrase', text: fromEnv } : null;
}

export function openCliDatabase(flags: DbFlags): { db: Database; path: string; key: DbKey } {
  const path = resolveDbPath(flags);
  const key = resolveKey(flags);
  return { db: openDatabase(path, { key }), path, key };
}
