// SPDX-License-Identifier: MIT
// Whether the desktop app has its user-data folder in use. Its single-instance lock
// (app.requestSingleInstanceLock, Chromium's ProcessSingleton) is a symlink named SingletonLock in
// that folder on Linux and macOS, pointing at "<hostname>-<pid>"; a crash leaves it behind, so the
// process is looked for too. On Windows the lock is a file Chromium holds open: deleting the
// folder fails there instead, and the wipe says what it could not remove.
import { readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_NAME = 'SingletonLock';

export function desktopAppRunning(userDataDir: string): boolean {
  let target: string;
  try {
    target = readlinkSync(join(userDataDir, LOCK_NAME));
  } catch {
    return false;
  }
  const match = /^(.*)-(\d+)$/.exec(target);
  if (!match) return false;
  // Another machine's app (a shared home folder) cannot be looked for: as Chromium does, assume it runs.
  if (match[1] !== hostname()) return true;
  try {
    process.kill(Number(match[2]), 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
