// SPDX-License-Identifier: MIT
// Serves out/renderer to the test browser at http://leakline.test/ with no server and no network:
// every request is answered (or refused) by Playwright's router, using the same path resolver and
// CSP header as Electron's app:// handler.
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { APP_ORIGIN } from '../../../src-main/app/app-origin';
import { contentTypeFor, resolveAppFile } from '../../../src-main/app/app-protocol-files';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/app/content-security-policy';
import { RENDERER_DIR } from './paths';

export const TEST_ORIGIN = 'http://leakline.test';
export const TEST_ENTRY_URL = `${TEST_ORIGIN}/index.html`;

export async function routeRenderer(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== TEST_ORIGIN) {
      blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    const file = resolveAppFile(RENDERER_DIR, `${APP_ORIGIN}${url.pathname}`);
    let body: Buffer | null = null;
    if (file !== null) body = await readFile(file).catch(() => null);
    if (file === null || body === null) {
      await route.fulfill({ status: 404, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
      return;
    }
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
