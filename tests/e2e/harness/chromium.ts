// SPDX-License-Identifier: MIT
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { switchesAsArguments } from '../../../src-main/app/chromium-switches';

export const CHROMIUM_PATH = process.env['LEAKLINE_CHROMIUM'] ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the same offline switches the Electron app sets. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium fonts-noto-cjk (or set LEAKLINE_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      ...switchesAsArguments(),
    ],
  });
}
