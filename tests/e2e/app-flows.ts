// SPDX-License-Identifier: MIT
// The user-level flows, written once against AppDriver so that they run both in Chromium through
// the browser bridge and, where its binary exists, in Electron.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src-renderer/i18n/en';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { writeSbrFile } from '../bench/write-sbr-file';
import { hasAppeared, query, stats, type AppDriver } from './harness/driver';
import { SHARED_FIXTURES, TMP_DIR } from './harness/paths';

export interface FlowHost {
  launch(options?: { locale?: string }): Promise<AppDriver>;
}

const SBR = join(SHARED_FIXTURES, 'sbr-xml');
// SMS and MMS together (devadvance__sms_and_mms.xml would be richer, but it is cut off mid-MMS and
// is rightly refused as truncated).
export const FIXTURE_FULL = join(SBR, 'shruggietech__mixed.xml');
export const FIXTURE_SMALL = join(SBR, 'devadvance__sms_small.xml');
export const FIXTURE_MALFORMED = join(SBR, 'shruggietech__malformed.xml');

// Below the e2e project's 120 s test timeout, so that a stuck import reports what the page shows.
const IMPORT_TIMEOUT = 90_000;
const HAN = /\p{Script=Han}/u;

export async function resultCount(page: Page): Promise<number> {
  const value = await page.getByTestId('result-count').getAttribute('data-count');
  return value === null ? -1 : Number(value);
}

/** Waits until the result count settles on `expected` (the list reloads after each keystroke pause). */
export async function waitForResultCount(page: Page, expected: number): Promise<void> {
  await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(expected);
}

/**
 * Picks files in the open-files dialog (from the empty state's button, or from the import page the
 * header's button opens) and starts their import once the page has recognised them.
 */
export async function importViaDialog(driver: AppDriver, button: 'choose-files-button' | 'import-button', paths: string[]) {
  const { page } = driver;
  await driver.answerFileDialog(paths);
  await page.getByTestId(button).click();
  if (button === 'import-button') await page.getByTestId('import-choose-button').click();
  await startImportFromPage(page, paths.length);
}

/** Waits until the import page has recognised `count` files, then starts their import. */
export async function startImportFromPage(page: Page, count: number): Promise<void> {
  const ready = page.locator('[data-testid="import-file-row"][data-status="ready"]');
  await expect.poll(() => ready.count(), { timeout: 30_000 }).toBe(count);
  await page.getByTestId('import-start-button').click();
}

/** Waits for the import's outcome and returns the summary's text; an import error fails the test with its text. */
export async function waitForSummary(page: Page): Promise<string> {
  const outcome = page.locator('[data-testid="import-summary"], [data-testid="import-error"]').first();
  await outcome.waitFor({ state: 'visible', timeout: IMPORT_TIMEOUT });
  const error = page.getByTestId('import-error');
  if (await error.isVisible()) throw new Error(`the import failed: ${await error.innerText()}`);
  return page.getByTestId('import-summary').innerText();
}

/** Checks, after each flow, that the page neither failed nor reached for the network. */
export function expectCleanRun(driver: AppDriver): void {
  expect(driver.pageErrors, 'errors in the page').toEqual([]);
  expect(driver.blockedRequests, 'requests outside the app').toEqual([]);
}

/** Checks the run and closes the current driver after each test (or, with 'all', after the suite). */
export function closeCleanly(current: () => AppDriver, when: 'each' | 'all' = 'each'): void {
  (when === 'each' ? afterEach : afterAll)(async () => {
    const d = current();
    try {
      expectCleanRun(d);
    } finally {
      await d.close();
    }
  });
}

export function defineAppFlows(label: string, host: FlowHost): void {
  describe(`${label}: a fresh database`, () => {
    let driver: AppDriver;
    closeCleanly(() => driver);

    it('shows the empty state in Chinese even in an English browser', async () => {
      driver = await host.launch({ locale: 'en-US' });
      const { page } = driver;
      const empty = page.getByTestId('empty-state');
      await empty.waitFor({ state: 'visible' });
      const text = await empty.innerText();
      expect(text).toContain(zhCN['empty.title']);
      expect(text).toContain(zhCN['empty.choose']);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect((await stats(driver)).messages).toBe(0);
    });

    it('switches the visible labels to English and back', async () => {
      driver = await host.launch();
      const { page } = driver;
      const empty = page.getByTestId('empty-state');
      await empty.waitFor({ state: 'visible' });
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => empty.innerText()).toContain(en['empty.title']);
      expect(await empty.innerText()).not.toMatch(HAN);
      expect(await page.getByTestId('demo-load-button').innerText()).toBe(en['empty.demo']);
      expect(await page.getByTestId('stats-header').innerText()).not.toMatch(HAN);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => empty.innerText()).toContain(zhCN['empty.title']);
    });

    it('imports a real SMS Backup & Restore file picked with the choose-files button', async () => {
      driver = await host.launch();
      const { page } = driver;
      await page.getByTestId('empty-state').waitFor();
      await importViaDialog(driver, 'choose-files-button', [FIXTURE_FULL]);
      const summary = await waitForSummary(page);
      expect(summary).toContain(basename(FIXTURE_FULL));
      const after = await stats(driver);
      expect(after.sources).toBe(1);
      expect(after.messages).toBeGreaterThan(0);
      await page.getByTestId('message-list').waitFor();
      await waitForResultCount(page, after.messages);
      expect(await page.getByTestId('message-row').count()).toBeGreaterThan(0);
      const sources = await query(driver, 'sources:list', {});
      expect(summary).toContain(String(sources.rows[0]?.messagesAdded));
    });

    it('names a malformed file in the error and leaves the database as it was', async () => {
      driver = await host.launch();
      const { page } = driver;
      await page.getByTestId('empty-state').waitFor();
      await importViaDialog(driver, 'choose-files-button', [FIXTURE_SMALL]);
      await waitForSummary(page);
      const before = await stats(driver);
      expect(before.messages).toBeGreaterThan(0);

      await importViaDialog(driver, 'import-button', [FIXTURE_MALFORMED]);
      const error = page.getByTestId('import-error');
      await error.waitFor({ state: 'visible', timeout: IMPORT_TIMEOUT });
      expect(await error.innerText()).toContain(basename(FIXTURE_MALFORMED));
      expect(await stats(driver)).toEqual(before);
      expect((await query(driver, 'sources:list', {})).rows.map((r) => basename(r.file))).toEqual([basename(FIXTURE_SMALL)]);
    });

    it('shows markup in a message body as inert text', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'leakline-xss-'));
      try {
        const body = '验证码 <img src=x onerror=alert(1)> 与 <script>alert(2)</script> <b>粗体</b>';
        const file = join(dir, 'markup.xml');
        await writeSbrFile(file, [{ address: '+8613800138000', time: Date.UTC(2024, 0, 2, 3, 4, 5), type: 1, body }], 1);
        driver = await host.launch();
        const { page } = driver;
        await page.getByTestId('empty-state').waitFor();
        await importViaDialog(driver, 'choose-files-button', [file]);
        await waitForSummary(page);
        const row = page.getByTestId('message-row').first();
        await row.waitFor();
        expect(await row.innerText()).toContain('<img src=x onerror=alert(1)>');
        await row.click();
        const detail = page.getByTestId('detail-body');
        await detail.waitFor();
        expect(await detail.evaluate((el) => el.textContent?.trim())).toBe(body);
        expect(await page.locator('[data-testid="message-detail"] img, [data-testid="message-detail"] script, [data-testid="message-detail"] b').count()).toBe(0);
        expect(await page.locator('[data-testid="message-list"] img, [data-testid="message-list"] script').count()).toBe(0);
        const inlineScripts = await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert')).length);
        expect(inlineScripts).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe(`${label}: the demo data`, () => {
    let driver: AppDriver;
    beforeAll(async () => {
      driver = await host.launch();
    });
    closeCleanly(() => driver, 'all');

    it('loads the demo with a progress bar and lists thousands of messages', async () => {
      const { page } = driver;
      await page.getByTestId('demo-load-button').click();
      await waitForSummary(page);
      expect(await hasAppeared(page, 'import-progress')).toBe(true);
      const all = await stats(driver);
      expect(all.messages).toBeGreaterThanOrEqual(1000);
      await page.getByTestId('message-list').waitFor();
      await waitForResultCount(page, all.messages);
      expect(await page.getByTestId('message-row').count()).toBeGreaterThan(5);
    });

    it('narrows the list to messages containing 逾期 and opens one', async () => {
      const { page } = driver;
      const all = await stats(driver);
      const expected = await query(driver, 'messages:list', { filter: { query: '逾期' }, offset: 0, limit: 1 });
      expect(expected.total).toBeGreaterThan(0);
      expect(expected.total).toBeLessThan(all.messages);

      await page.getByTestId('search-input').fill('逾期');
      await waitForResultCount(page, expected.total);
      expect(await page.getByTestId('result-count').innerText()).toMatch(/\d/);
      const rows = page.getByTestId('message-row');
      await rows.first().waitFor();
      const ids = (await rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-id'))))).filter((id) => id > 0);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const message = await query(driver, 'messages:get', { id });
        expect(message.body, `message ${id}`).toContain('逾期');
      }

      const first = ids[0]!;
      await page.locator(`[data-testid="message-row"][data-id="${first}"]`).click();
      const detail = page.getByTestId('message-detail');
      await detail.waitFor();
      const message = await query(driver, 'messages:get', { id: first });
      expect((await page.getByTestId('detail-body').innerText()).trim()).toBe(message.body.trim());
      expect(await page.getByTestId('detail-sender').innerText()).toContain(message.contactName ?? message.sender);
    });

    it('saves a screenshot of the main view with the demo loaded', async () => {
      const { page } = driver;
      mkdirSync(TMP_DIR, { recursive: true });
      const file = join(TMP_DIR, `main-view-demo-${driver.kind}.png`);
      await page.getByTestId('message-detail').waitFor();
      await page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(20_000);
    });
  });
}
