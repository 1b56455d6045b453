// SPDX-License-Identifier: MIT
// The same flows in the real Electron app, where the Electron binary is installed. The app runs on
// a throwaway profile (LEAKLINE_USER_DATA_DIR); the native open dialog is answered by replacing
// dialog.showOpenDialog inside the main process.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import type { LeaklineApi } from '../../../src-main/ipc/contract';
import type { AppDriver } from './driver';
import { APPEARANCE_RECORDER } from './driver';
import { MAIN_ENTRY } from './paths';
import { requestsOutsideApp } from './net-log';

/** The Electron executable, or why there is none (the npm package installs it in a postinstall). */
export function findElectron(): { path: string } | { missing: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (err) {
    return { missing: `the electron package has no binary (${(err as Error).message})` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { missing: `the Electron binary ${String(path)} does not exist` };
  return { path };
}

export async function launchElectron(executablePath: string): Promise<AppDriver> {
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run \`npm run build\` first`);
  const userData = mkdtempSync(join(tmpdir(), 'leakline-electron-'));
  // Chromium's own record of every request it made, page or not: read back when the app closes.
  const netLog = join(userData, 'net-log.json');
  const app = await _electron.launch({
    executablePath,
    args: [`--log-net-log=${netLog}`, MAIN_ENTRY],
    env: { ...process.env, LEAKLINE_USER_DATA_DIR: userData },
  });
  // On Linux without a keyring the app stops at its "no secure key storage" dialog: no window comes.
  const page = await app.firstWindow({ timeout: 30_000 }).catch(async (err: unknown) => {
    await app.close();
    throw new Error(`no Leakline window within 30 s (is a system keyring running?): ${(err as Error).message}`);
  });
  await page.addInitScript({ content: APPEARANCE_RECORDER });
  await page.reload();
  const pageErrors: string[] = [];
  const blockedRequests: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  page.on('requestfailed', (req) => blockedRequests.push(req.url()));
  return {
    kind: 'electron',
    page,
    pageErrors,
    blockedRequests,
    async answerFileDialog(paths) {
      await app.evaluate(({ dialog }, filePaths) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
      }, paths);
    },
    invoke: (channel, request) =>
      page.evaluate(
        ([c, r]) => (window as unknown as { leakline: LeaklineApi }).leakline.invoke(c, r as never),
        [channel, request] as const,
      ) as never,
    async close() {
      await app.close();
      try {
        const outside = existsSync(netLog) ? requestsOutsideApp(readFileSync(netLog, 'utf8')) : ['(no net log was written)'];
        if (outside.length > 0) throw new Error(`Chromium's net log shows requests outside app://: ${outside.join(', ')}`);
      } finally {
        rmSync(userData, { recursive: true, force: true });
      }
    },
  };
}
