// SPDX-License-Identifier: MIT
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Leakline';
export const DB_FILE_NAME = 'leakline.db';

/**
 * Where Electron's app.getPath('userData') points for an app named Leakline, computed without
 * Electron so that the CLI finds the desktop app's database.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR_NAME);
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultUserDataDir(env), DB_FILE_NAME);
}
