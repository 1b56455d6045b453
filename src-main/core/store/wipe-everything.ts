// SPDX-License-Identifier: MIT
// "Wipe everything": the database and SQLite's files beside it, the wrapped key, Leakline's
// temporary folders and, when it is Leakline's alone, the whole user-data folder. The files are
// unlinked, not overwritten: on SSDs and copy-on-write file systems an overwrite does not reach the
// old blocks. What makes the remains unreadable is the encryption: the database is ciphertext, and
// its key goes with the key file (the app) or lives only in the user's head (a CLI passphrase).
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LeaklineError } from '../errors';
import { DB_COMPANION_SUFFIXES, KEY_PARTIAL_SUFFIX, isLeaklineTempDirName } from '../paths/leakline-files';

export interface WipeTargets {
  dbPath: string;
  /** The wrapped database key (the app's `db.key`); null when the database has none (CLI passphrase). */
  keyFile: string | null;
  /** The folder temporary files go to (os.tmpdir()): Leakline's folders in it are removed. */
  tempDir: string;
  /** A folder that is Leakline's alone (the desktop app's user-data folder): removed with all it holds. */
  ownDir?: string | null;
}

export interface WipeOutcome {
  /** Every path removed, files and folders, in the order they went. */
  removed: string[];
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Leakline's folders in the temporary directory that this user owns (others' cannot be removed anyway). */
function leaklineTempDirs(tempDir: string): string[] {
  let entries;
  try {
    entries = readdirSync(tempDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const uid = process.getuid?.();
  return entries
    .filter((e) => e.isDirectory() && isLeaklineTempDirName(e.name))
    .map((e) => join(tempDir, e.name))
    .filter((path) => uid === undefined || lstatSync(path).uid === uid);
}

/**
 * Removes everything Leakline stored, and returns what it removed. Every target is tried even when
 * one fails; then a failure is an error naming what is left, so a partial wipe never looks complete.
 * The caller closes the database first (the app's connection and its workers).
 */
export function wipeEverything(targets: WipeTargets): WipeOutcome {
  const candidates = [
    targets.dbPath,
    ...DB_COMPANION_SUFFIXES.map((s) => targets.dbPath + s),
    ...(targets.keyFile ? [targets.keyFile, targets.keyFile + KEY_PARTIAL_SUFFIX] : []),
    ...leaklineTempDirs(targets.tempDir),
    ...(targets.ownDir ? [targets.ownDir] : []),
  ];
  const removed: string[] = [];
  const failed: string[] = [];
  for (const path of candidates) {
    if (!exists(path)) continue;
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch (err) {
      failed.push(`${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  if (failed.length > 0) {
    throw new LeaklineError('INTERNAL', `the wipe is incomplete; could not remove: ${failed.join(', ')}`);
  }
  return { removed };
}
