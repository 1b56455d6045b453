// SPDX-License-Identifier: MIT
// The analysis in the page, in Chromium with the real main side behind the browser bridge: the
// demo analysed after loading, categories and risk on the rows, the category filter, evidence
// highlighted in the opened message, labels that stick, and a profile whose mentions light up.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../src-main/ipc/contract';
import { en } from '../../src-renderer/i18n/en';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { anotherCategory, openRow, visibleRowCategories, visibleRowIds, waitForAnalysis, waitForJobPanelIdle } from './analysis-flows';
import { closeCleanly, waitForResultCount, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { query, stats } from './harness/driver';
import { TMP_DIR } from './harness/paths';

const USER_NAME = '林晓峰';
const CATEGORY_NAMES = Object.fromEntries(CATEGORIES.map((c) => [c, `category.${c}` as const])) as { [C in Category]: `category.${C}` };

describe('browser bridge: the analysis in the page', () => {
  let driver: BridgeDriver;
  beforeAll(async () => {
    driver = await launchBridge();
  });
  closeCleanly(() => driver, 'all');

  it('analyses the demo after loading it and shows a category on every row', async () => {
    const { page } = driver;
    await page.getByTestId('demo-load-button').click();
    await waitForSummary(page);
    await waitForAnalysis(driver);
    await waitForJobPanelIdle(page);
    const all = await stats(driver);
    await page.getByTestId('message-list').waitFor();
    await waitForResultCount(page, all.messages);
    await expect.poll(async () => (await visibleRowCategories(page)).filter((c) => c === '').length, { timeout: 15_000 }).toBe(0);
    expect((await visibleRowCategories(page)).length).toBeGreaterThan(5);

    const overview = page.getByTestId('analysis-overview');
    await overview.waitFor();
    const summary = await query(driver, 'analysis:summary', {});
    expect(summary.categories.debt_collection).toBeGreaterThan(0);
    expect(await overview.innerText()).toContain(zhCN['category.debt_collection']);

    // The chips follow the interface language.
    const firstChip = page.locator('[data-testid="message-row"] [data-testid="category-chip"]').first();
    const category = (await firstChip.getAttribute('data-category')) as keyof typeof CATEGORY_NAMES;
    expect(await firstChip.innerText()).toBe(zhCN[CATEGORY_NAMES[category]]);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => firstChip.innerText()).toBe(en[CATEGORY_NAMES[category]]);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => firstChip.innerText()).toBe(zhCN[CATEGORY_NAMES[category]]);
  });

  it('narrows the list to the messages that raised one signal', async () => {
    const { page } = driver;
    const summary = await query(driver, 'analysis:summary', {});
    const signal = summary.signals.find((s) => s.code === 'short_link' && s.messages > 0) ?? summary.signals.find((s) => s.messages > 0);
    expect(signal).toBeDefined();
    const expected = await query(driver, 'messages:list', { filter: { signal: signal!.code }, offset: 0, limit: 1 });
    await page.getByTestId('signal-filter').selectOption(signal!.code);
    await waitForResultCount(page, expected.total);
    expect(expected.total).toBe(signal!.messages);
    await page.getByTestId('signal-filter').selectOption('');
    await waitForResultCount(page, summary.messages);
  });

  it('narrows the list to 催收 with the category filter', async () => {
    const { page } = driver;
    const expected = await query(driver, 'messages:list', { filter: { categories: ['debt_collection'] }, offset: 0, limit: 1 });
    expect(expected.total).toBeGreaterThan(0);
    const chip = page.getByTestId('category-filter-debt_collection');
    expect(await chip.innerText()).toContain('催收');
    await chip.click();
    await waitForResultCount(page, expected.total);
    await expect.poll(async () => (await visibleRowCategories(page)).length).toBeGreaterThan(0);
    const categories = await visibleRowCategories(page);
    expect(new Set(categories)).toEqual(new Set(['debt_collection']));
    // Collection texts carry the pressure the risk badge reports.
    expect(await page.locator('[data-testid="message-row"] [data-testid="risk-badge"]').count()).toBeGreaterThan(0);
  });

  it('opens a collection message with its signals and personal details marked in the body', async () => {
    const { page } = driver;
    const ids = await visibleRowIds(page);
    let chosen: number | null = null;
    for (const id of ids) {
      const message = await query(driver, 'messages:get', { id });
      if (message.analysis?.signals.some((s) => s.start !== null) && message.analysis.pii.length > 0) {
        chosen = id;
        break;
      }
    }
    expect(chosen, 'a collection message with text signals and personal details on screen').not.toBeNull();
    const message = await query(driver, 'messages:get', { id: chosen! });
    await openRow(page, chosen!);

    const body = page.getByTestId('detail-body');
    expect((await body.innerText()).trim()).toBe(message.body.trim());
    const marks = page.getByTestId('body-mark');
    expect(await page.locator('[data-testid="body-mark"][data-kinds~="signal"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="body-mark"][data-kinds~="pii"]').count()).toBeGreaterThan(0);
    // Each mark shows exactly the text of the span it stands for.
    const firstSignal = message.analysis!.signals.findIndex((s) => s.start !== null);
    const signal = message.analysis!.signals[firstSignal]!;
    const signalText = await page.locator(`[data-testid="body-mark"][data-keys~="signal:${firstSignal}"]`).evaluateAll((els) => els.map((el) => el.textContent).join(''));
    expect(signalText).toBe(message.body.slice(signal.start!, signal.end!));
    expect(await marks.count()).toBeGreaterThan(1);

    // Pointing at a signal in the list lights its span in the body.
    await page.locator(`[data-testid="signal-item"]`).nth(firstSignal).hover();
    await expect.poll(() => page.locator(`[data-testid="body-mark"][data-keys~="signal:${firstSignal}"].active`).count()).toBeGreaterThan(0);

    expect(await page.getByTestId('category-source').innerText()).toContain(zhCN[`categorySource.${message.analysis!.categorySource}`]);
    expect(await page.getByTestId('risk-verdict').count()).toBe(1);
    mkdirSync(TMP_DIR, { recursive: true });
    await page.screenshot({ path: join(TMP_DIR, 'analysis-detail.png') });
    // Back to the whole list for the next flows.
    await page.getByTestId('category-filter-debt_collection').click();
    await waitForResultCount(page, (await stats(driver)).messages);
  });

  it('keeps a category the user set on a message after the page reloads', async () => {
    const { page } = driver;
    const [first] = await visibleRowIds(page);
    const before = await query(driver, 'messages:get', { id: first! });
    const target = anotherCategory(before.analysis?.category ?? null);
    await openRow(page, first!);
    await page.getByTestId('relabel-select').selectOption(target);
    await page.getByTestId('relabel-message').click();
    await page.getByTestId('current-label').waitFor();
    expect(await page.getByTestId('current-label').innerText()).toContain(zhCN[`category.${target}`]);
    await waitForJobPanelIdle(page);

    await page.reload();
    await page.getByTestId('message-list').waitFor();
    await openRow(page, first!);
    expect(await page.getByTestId('current-label').innerText()).toContain(zhCN[`category.${target}`]);
    expect(await page.getByTestId('category-source').innerText()).toContain(zhCN['categorySource.user']);
    const row = page.locator(`[data-testid="message-row"][data-id="${first}"] [data-testid="category-chip"]`);
    expect(await row.getAttribute('data-category')).toBe(target);
    const after = await query(driver, 'messages:get', { id: first! });
    expect(after.label).toEqual({ scope: 'message', category: target });
  });

  it('relabels a shift-clicked range of rows at once', async () => {
    const { page } = driver;
    const ids = await visibleRowIds(page);
    const ticks = page.getByTestId('row-tick');
    await ticks.nth(1).click();
    await ticks.nth(3).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('bulk-count').getAttribute('data-count')).toBe('3');
    await page.getByTestId('bulk-category').selectOption('fraud');
    await page.getByTestId('bulk-apply').click();
    await expect.poll(() => page.getByTestId('bulk-count').count()).toBe(0);
    await waitForJobPanelIdle(page);
    for (const id of ids.slice(1, 4)) {
      expect((await query(driver, 'messages:get', { id })).label, `message ${id}`).toEqual({ scope: 'message', category: 'fraud' });
    }
    expect((await query(driver, 'messages:get', { id: ids[4]! })).label?.category).not.toBe('fraud');
  });

  it('saves a profile on the profile page and highlights the user’s name in a message that names them', async () => {
    const { page } = driver;
    await page.getByTestId('profile-button').click();
    await page.getByTestId('profile-form').waitFor();
    await page.getByTestId('profile-name').fill(USER_NAME);
    await page.getByTestId('profile-phones-input').first().fill('139 1234 5678');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-saved').waitFor();
    await waitForJobPanelIdle(page);
    await waitForAnalysis(driver);
    expect((await query(driver, 'profile:get', {})).profile.name).toBe(USER_NAME);

    // The item table masks the name until the values are revealed, and counts who mentions it.
    const nameRow = page.locator('[data-testid="profile-use"][data-key="name"]');
    await nameRow.waitFor();
    expect(await nameRow.innerText()).not.toContain(USER_NAME);
    await expect.poll(async () => Number(await nameRow.getAttribute('data-messages')), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(TMP_DIR, 'profile-page.png') });
    await page.getByTestId('profile-reveal').click();
    expect(await nameRow.innerText()).toContain(USER_NAME);

    await page.getByTestId('back-button').click();
    await page.getByTestId('search-input').fill(USER_NAME);
    const expected = await query(driver, 'messages:list', { filter: { query: USER_NAME }, offset: 0, limit: 1 });
    expect(expected.total).toBeGreaterThan(0);
    await waitForResultCount(page, expected.total);
    const [id] = await visibleRowIds(page);
    await openRow(page, id!);
    const mention = page.locator('[data-testid="body-mark"][data-kinds~="mention"]');
    await expect.poll(() => mention.count()).toBeGreaterThan(0);
    expect(await mention.evaluateAll((els) => els.map((el) => el.textContent).join(' '))).toContain(USER_NAME);
    expect(await page.getByTestId('mention-list').innerText()).toContain(USER_NAME);
  });
});
