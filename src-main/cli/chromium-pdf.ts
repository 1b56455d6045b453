// SPDX-License-Identifier: MIT
// PDF for the CLI: the report's HTML printed by a headless Chromium (the system's, or
// LEAKLINE_CHROMIUM), with scripts off, offline, and the same no-network switches the app sets.
import { existsSync } from 'node:fs';
import type { BrowserType } from 'playwright-core';
import { LeaklineError } from '../core/errors';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// The switches of app/chromium-switches.ts (the layering keeps the CLI out of app/): every host
// name resolves to nothing, no proxy, no background or component traffic.
const OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ^NOTFOUND',
  '--no-proxy-server',
  '--disable-background-networking',
  '--disable-component-update',
  '--dns-prefetch-disable',
  '--disable-domain-reliability',
  '--disable-breakpad',
];

export async function printPdfWithChromium(html: string, executablePath = process.env['LEAKLINE_CHROMIUM'] ?? DEFAULT_CHROMIUM): Promise<Buffer> {
  if (!existsSync(executablePath)) {
    throw new LeaklineError('FILE_NOT_FOUND', `PDF needs Chromium, not found at ${executablePath}: install it or set LEAKLINE_CHROMIUM (or export HTML and print it)`);
  }
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new LeaklineError('INTERNAL', 'PDF needs the playwright-core package, which this installation lacks (export HTML and print it)', { cause: err });
  }
  const browser = await chromium.launch({
    executablePath,
    // Chromium's sandbox cannot start as root (containers, CI); everywhere else it stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-sync', ...OFFLINE_ARGS],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
