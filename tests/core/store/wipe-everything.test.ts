// SPDX-License-Identifier: MIT
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open';
import { KEY_FILE_NAME, isLeaklineTempDirName } from '../../../src-main/core/paths/leakline-files';
import { wipeEverything } from '../../../src-main/core/store/wipe-everything';
import { loadOrCreateDbKey, type KeyCipher } from '../../../src-main/app/key-store';

const SRC = resolve(__dirname, '../../../src-main');

/** safeStorage's shape without Electron: "wrapping" that is reversible, enough for files on disk. */
const fakeCipher: KeyCipher = {
  isEncryptionAvailable: () => true,
  linuxBackend: () => 'gnome_libsecret',
  encryptString: (plain) => Buffer.from(`wrapped:${plain}`),
  decryptString: (wrapped) => wrapped.toString().replace(/^wrapped:/, ''),
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakline-wipe-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * An app user-data folder as a crash leaves it: the database with its WAL and -shm (copied while a
 * writer held them open), a rollback journal from an interrupted rekey, the wrapped key and a
 * half-written one, and Chromium's caches of the window.
 */
function crashedUserData(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const key = loadOrCreateDbKey(join(folder, KEY_FILE_NAME), fakeCipher, true);
  const live = join(root, 'live.db');
  const db = openDatabase(live, { key: { kind: 'raw', bytes: key } });
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("INSERT INTO profile (key, value) VALUES ('note', '林晓峰 13912345678')").run();
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(live + suffix, join(folder, `leakline.db${suffix}`));
  db.close();
  writeFileSync(join(folder, 'leakline.db-journal'), randomBytes(512));
  writeFileSync(join(folder, `${KEY_FILE_NAME}.partial`), 'wrapped:half');
  mkdirSync(join(folder, 'Cache', 'Cache_Data'), { recursive: true });
  writeFileSync(join(folder, 'Cache', 'Cache_Data', 'data_1'), randomBytes(64));
  writeFileSync(join(folder, 'Local State'), '{}');
}

function filesUnder(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))) : [];
}

describe('wipeEverything', () => {
  it("removes the app's user-data folder with the database, its WAL, -shm and journal, the key and Chromium's caches", () => {
    const userData = join(root, 'config', 'Leakline');
    crashedUserData(userData);
    const tempDir = join(root, 'tmp');
    mkdirSync(tempDir);
    const dbPath = join(userData, 'leakline.db');
    const { removed } = wipeEverything({ dbPath, keyFile: join(userData, KEY_FILE_NAME), tempDir, ownDir: userData });
    expect(removed).toEqual([
      dbPath,
      `${dbPath}-wal`,
      `${dbPath}-shm`,
      `${dbPath}-journal`,
      join(userData, KEY_FILE_NAME),
      join(userData, `${KEY_FILE_NAME}.partial`),
      userData,
    ]);
    expect(existsSync(userData)).toBe(false);
    // Its parent (the user's config folder) stays.
    expect(existsSync(join(root, 'config'))).toBe(true);
  });

  it('leaves no file in the folder that held the database and key, and nothing else of that folder is touched', () => {
    const folder = join(root, 'evidence-case');
    crashedUserData(folder);
    rmSync(join(folder, 'Cache'), { recursive: true });
    rmSync(join(folder, 'Local State'));
    writeFileSync(join(root, 'neighbour.txt'), 'not Leakline’s');
    wipeEverything({ dbPath: join(folder, 'leakline.db'), keyFile: join(folder, KEY_FILE_NAME), tempDir: join(root, 'no-such-tmp') });
    expect(filesUnder(folder)).toEqual([]);
    expect(readFileSync(join(root, 'neighbour.txt'), 'utf8')).toBe('not Leakline’s');
  });

  it("removes Leakline's temporary folders (evidence copies, PDF prints) and only those", () => {
    const tempDir = join(root, 'tmp');
    mkdirSync(tempDir);
    const copy = mkdtempSync(join(tempDir, 'leakline-'));
    writeFileSync(join(copy, 'copy-mmssms.db'), 'SQLite format 3\0 evidence copy');
    const print = mkdtempSync(join(tempDir, 'leakline-report-'));
    writeFileSync(join(print, 'report.html'), '<p>林晓峰</p>');
    const others = ['leakline-db-Ab12Cd', 'leakline-notes', 'other-Ab12Cd', 'tsx-0'].map((name) => join(tempDir, name));
    for (const o of others) mkdirSync(o);
    writeFileSync(join(tempDir, 'leakline-Zz99Zz'), 'a file, not a folder');
    const { removed } = wipeEverything({ dbPath: join(root, 'none.db'), keyFile: null, tempDir });
    expect(removed.sort()).toEqual([copy, print].sort());
    expect(readdirSync(tempDir).sort()).toEqual(['leakline-Zz99Zz', 'leakline-db-Ab12Cd', 'leakline-notes', 'other-Ab12Cd', 'tsx-0'].sort());
  });

  it('returns an empty list when there is nothing to remove', () => {
    expect(wipeEverything({ dbPath: join(root, 'none.db'), keyFile: join(root, KEY_FILE_NAME), tempDir: root })).toEqual({ removed: [] });
  });

  it('recognises the prefix of every temporary folder src-main makes', () => {
    const prefixes = new Set<string>();
    let calls = 0;
    let understood = 0;
    for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|mjs)$/.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      calls += text.match(/mkdtemp(?:Sync)?\(/g)?.length ?? 0;
      for (const m of text.matchAll(/mkdtemp(?:Sync)?\(\s*join\(\s*tmpdir\(\),\s*'([^']+)'/g)) {
        prefixes.add(m[1]!);
        understood++;
      }
    }
    // A call written another way would slip past the prefixes below: this test must learn it first.
    expect(understood).toBe(calls);
    // The importers' copies and the app's PDF print, at least.
    expect([...prefixes].sort()).toEqual(expect.arrayContaining(['leakline-', 'leakline-report-']));
    for (const prefix of prefixes) expect(isLeaklineTempDirName(`${prefix}Ab12Cd`), prefix).toBe(true);
  });
});
