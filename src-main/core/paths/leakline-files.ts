// SPDX-License-Identifier: MIT
// Every file and folder Leakline itself leaves on disk, named in one place so that "wipe
// everything" (store/wipe-everything.ts) can find them all.

/** The database key, wrapped by the operating system's secret store, beside the app's database. */
export const KEY_FILE_NAME = 'db.key';

/** A key file being written: renamed over KEY_FILE_NAME when complete (app/key-store.ts). */
export const KEY_PARTIAL_SUFFIX = '.partial';

/**
 * SQLite's companions of a database file: the write-ahead log and its index (WAL mode, always on),
 * and the rollback journal (used while a rekey runs in DELETE mode).
 */
export const DB_COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * Leakline's temporary folders, as mkdtemp names them (the prefix and six random letters or
 * digits): private copies of SQLite evidence (core/importers/sqlite-temp-copy.ts,
 * core/import/temp-sqlite.ts) and the report HTML printed to PDF (app/print-pdf.ts). Each is
 * removed when its work ends; a crash can leave one behind. tests/core/store/wipe-everything.test.ts
 * checks that every mkdtemp prefix in src-main is listed here.
 */
export const TEMP_DIR_PREFIXES = ['leakline-', 'leakline-report-'] as const;

const MKDTEMP_SUFFIX = /^[A-Za-z0-9]{6}$/;

/** Whether a folder name in the temporary directory is one of Leakline's own. */
export function isLeaklineTempDirName(name: string): boolean {
  return TEMP_DIR_PREFIXES.some((prefix) => name.startsWith(prefix) && MKDTEMP_SUFFIX.test(name.slice(prefix.length)));
}
