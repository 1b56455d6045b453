// SPDX-License-Identifier: MIT
// The flows in Debian's Chromium, with the real main side in Node behind the browser bridge.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineAppFlows, closeCleanly, FIXTURE_SMALL, startImportFromPage, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { stats } from './harness/driver';

defineAppFlows('browser bridge', { launch: (options) => launchBridge(options) });

describe('browser bridge: drop and refusal', () => {
  let driver: BridgeDriver;
  closeCleanly(() => driver);

  it('imports a file dropped on the drop zone, using the path pathForFile gives', async () => {
    driver = await launchBridge();
    const { page } = driver;
    const name = basename(FIXTURE_SMALL);
    await driver.registerFile(name, FIXTURE_SMALL);
    await page.getByTestId('drop-zone').evaluate((zone, fileName) => {
      const data = new DataTransfer();
      data.items.add(new File(['<smses/>'], fileName, { type: 'text/xml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    }, name);
    await startImportFromPage(page, 1);
    expect(await waitForSummary(page)).toContain(name);
    expect((await stats(driver)).sources).toBe(1);
  });

  it('refuses, in the page, a channel the contract does not name', async () => {
    driver = await launchBridge();
    const outcome = await driver.page.evaluate(async () => {
      const api = (window as unknown as { leakline: { invoke(c: string, r: unknown): Promise<unknown> } }).leakline;
      try {
        await api.invoke('fs:read', { path: '/etc/passwd' });
        return 'resolved';
      } catch (err) {
        return (err as Error).message;
      }
    });
    expect(outcome).toMatch(/unknown channel/);
  });

  it('answers a malformed request with BAD_REQUEST from the zod contract', async () => {
    driver = await launchBridge();
    const envelope = await driver.page.evaluate(() =>
      (window as unknown as { leakline: { invoke(c: string, r: unknown): Promise<unknown> } }).leakline.invoke('messages:get', {
        id: 'one',
      }),
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
