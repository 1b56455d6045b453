// SPDX-License-Identifier: MIT
// Steps of the analysis flows (waiting for a job, reading the rows on screen, opening a row),
// shared by the analysis page tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Category } from '../../src-main/ipc/contract';
import { query, type AppDriver } from './harness/driver';

// Below the e2e project's 120 s test timeout, so that a stuck job reports what the page shows.
const JOB_TIMEOUT = 90_000;

/** Waits until every message is analysed on the current basis (nothing new, nothing stale). */
export async function waitForAnalysis(driver: AppDriver): Promise<void> {
  await expect
    .poll(
      async () => {
        const summary = await query(driver, 'analysis:summary', {});
        return summary.messages > 0 && summary.analysed === summary.messages && summary.stale === 0;
      },
      { timeout: JOB_TIMEOUT, interval: 250 },
    )
    .toBe(true);
}

/** Waits until the job panel no longer shows a running job (its cancel button goes away). */
export async function waitForJobPanelIdle(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('import-cancel-button').count(), { timeout: JOB_TIMEOUT, interval: 200 }).toBe(0);
}

/** Ids of the message rows drawn (placeholders have none). */
export async function visibleRowIds(page: Page): Promise<number[]> {
  await page.getByTestId('message-row').first().waitFor();
  const ids = await page.getByTestId('message-row').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-id'))));
  return ids.filter((id) => id > 0);
}

/** The category each drawn row shows ('' for a row without a chip). */
export async function visibleRowCategories(page: Page): Promise<string[]> {
  return page
    .getByTestId('message-row')
    .evaluateAll((els) => els.map((el) => el.querySelector('[data-testid="category-chip"]')?.getAttribute('data-category') ?? ''));
}

export async function openRow(page: Page, id: number): Promise<void> {
  await page.locator(`[data-testid="message-row"][data-id="${id}"]`).click();
  await expect.poll(() => page.getByTestId('message-detail').count()).toBe(1);
  await page.locator(`[data-testid="message-detail"]`).waitFor();
}

/** A category other than `current`, for a relabelling that must visibly change something. */
export function anotherCategory(current: Category | null): Category {
  return current === 'personal' ? 'marketing' : 'personal';
}
