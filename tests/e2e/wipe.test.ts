// SPDX-License-Identifier: MIT
// "Delete all data" on the sources page, in Chromium with the real main side behind the bridge:
// the button stays off until the user ticks that it cannot be undone, then the database and its
// folder's files are gone and the page says so.
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeCleanly, waitForSummary } from './app-flows';
import { waitForAnalysis, waitForJobPanelIdle } from './analysis-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';

describe('browser bridge: delete all data', () => {
  let driver: BridgeDriver;
  beforeAll(async () => {
    driver = await launchBridge();
  });
  closeCleanly(() => driver, 'all');

  it('deletes the database only after the user ticked that it cannot be undone', async () => {
    const { page } = driver;
    await page.getByTestId('demo-load-button').click();
    await waitForSummary(page);
    await waitForAnalysis(driver);
    await waitForJobPanelIdle(page);
    await page.getByTestId('sources-button').click();
    const button = page.getByTestId('wipe-button');
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    expect(existsSync(driver.ctx.dbPath)).toBe(true);

    await page.getByTestId('wipe-understood').check();
    await button.click();
    await page.getByTestId('wipe-done').waitFor();
    expect(existsSync(driver.ctx.dbPath)).toBe(false);
    expect(readdirSync(dirname(driver.ctx.dbPath))).toEqual([]);
  });
});
