// SPDX-License-Identifier: MIT
// `leakline wipe`. Every run gets its own HOME, XDG_CONFIG_HOME and TMPDIR: the command deletes the
// desktop app's folder and Leakline's temporary folders, and must never reach the real ones.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let dir: string;
let env: Record<string, string>;
let appFolder: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-wipe-'));
  env = { HOME: join(dir, 'home'), XDG_CONFIG_HOME: join(dir, 'config'), TMPDIR: join(dir, 'tmp') };
  for (const d of Object.values(env)) mkdirSync(d, { recursive: true });
  appFolder = join(dir, 'config', 'Leakline');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/** The desktop app's folder with the demo in it, a wrapped key, and an import's temporary copy left by a crash. */
function appData(): { leftover: string } {
  expect(runCli(['demo', '--json'], { ...env, LEAKLINE_PASSPHRASE: 'pw' }).status).toBe(0);
  writeFileSync(join(appFolder, 'db.key'), 'wrapped key');
  const leftover = mkdtempSync(join(env.TMPDIR!, 'leakline-'));
  writeFileSync(join(leftover, 'copy-mmssms.db'), 'evidence');
  return { leftover };
}

describe('leakline wipe', { timeout: 60_000 }, () => {
  it('refuses without --yes, says how to confirm, and removes nothing', () => {
    const { leftover } = appData();
    const r = runCli(['wipe'], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^leakline: wipe deletes .*leakline\.db.*no undo; run `leakline wipe --yes` to confirm/);
    expect(readdirSync(appFolder)).toContain('leakline.db');
    expect(existsSync(join(appFolder, 'db.key'))).toBe(true);
    expect(existsSync(leftover)).toBe(true);
  });

  it("with --yes removes the app's folder (database, key and all), Leakline's temporary folders, and needs no passphrase", () => {
    const { leftover } = appData();
    writeFileSync(join(dir, 'config', 'other-app.conf'), 'not ours');
    const r = runCli(['wipe', '--yes', '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const { removed } = JSON.parse(r.stdout) as { removed: string[] };
    expect(removed).toEqual(expect.arrayContaining([join(appFolder, 'leakline.db'), join(appFolder, 'db.key'), leftover, appFolder]));
    expect(existsSync(appFolder)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
    // Neighbours are not Leakline's, nor is tsx's compile cache of the CLI's own source.
    expect(readdirSync(join(dir, 'config'))).toEqual(['other-app.conf']);
    expect(readdirSync(env.TMPDIR!).every((name) => name.startsWith('tsx-'))).toBe(true);
    expect(runCli(['wipe', '--yes'], env).stdout).toMatch(/^nothing to wipe: no Leakline data at /);
  });

  it('refuses while the desktop app runs (its live single-instance lock), not after it crashed (a stale one)', () => {
    appData();
    // This test's own process stands in for a running app.
    symlinkSync(`${hostname()}-${process.pid}`, join(appFolder, 'SingletonLock'));
    const refused = runCli(['wipe', '--yes'], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^leakline: the Leakline app is running with .*leakline\.db open: quit it, then wipe/);
    expect(existsSync(join(appFolder, 'leakline.db'))).toBe(true);
    rmSync(join(appFolder, 'SingletonLock'));
    symlinkSync(`${hostname()}-${deadPid()}`, join(appFolder, 'SingletonLock'));
    expect(runCli(['wipe', '--yes'], env).status).toBe(0);
    expect(existsSync(appFolder)).toBe(false);
  });

  it('with --db removes that database and its companions, and leaves no file in its folder but the user’s own', () => {
    const folder = join(dir, 'case-2024');
    mkdirSync(folder);
    const db = join(folder, 'case.db');
    expect(runCli(['demo', '--json', '--db', db], env).status).toBe(0);
    writeFileSync(`${db}-journal`, 'left by an interrupted rekey');
    writeFileSync(join(folder, 'notes.txt'), 'the user’s own');
    const r = runCli(['wipe', '--yes', '--db', db], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wiped 2 file\(s\) and folder\(s\):\n {2}.*case\.db\n {2}.*case\.db-journal\n$/);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
