// SPDX-License-Identifier: MIT
// The user's own marks in the page, in Chromium with the real main side behind the browser bridge:
// a star from a list row (by mouse and by keyboard), a tag and a note in the opened message that
// survive reopening and a reload, a tag and a star on several ticked messages in one go, the list
// filtered by star and by tag, a sender starred, tagged and annotated on the senders page and
// found again by those filters, and the advice panel on the timeline page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAST } from '../../src-main/core/demo/demo-cast';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { openRow, visibleRowIds, waitForAnalysis, waitForJobPanelIdle } from './analysis-flows';
import { closeCleanly, waitForResultCount, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { query, stats } from './harness/driver';
import { TMP_DIR } from './harness/paths';

const LAWYER = '律师';
const TO_REPORT = '待举报';
const GANG = '催收团伙';
const NOTE = '已截图，准备向 12378 投诉';
const SENDER_NOTE = '自称法务部，多次威胁上门';
const COLLECTOR = CAST.collectorB.number;

const rowOf = (page: Page, id: number): Locator => page.locator(`[data-testid="message-row"][data-id="${id}"]`);
const pressed = (toggle: Locator) => toggle.getAttribute('aria-pressed');
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('browser bridge: stars, tags and notes', () => {
  let driver: BridgeDriver;
  /** The rows the flows mark, in list order: the first is starred, tagged and noted on its own. */
  let ids: number[] = [];
  beforeAll(async () => {
    driver = await launchBridge();
  });
  closeCleanly(() => driver, 'all');

  it('loads and analyses the demo', async () => {
    const { page } = driver;
    await page.getByTestId('demo-load-button').click();
    await waitForSummary(page);
    await waitForAnalysis(driver);
    await waitForJobPanelIdle(page);
    await page.getByTestId('message-list').waitFor();
    await waitForResultCount(page, (await stats(driver)).messages);
    ids = await visibleRowIds(page);
    expect(ids.length).toBeGreaterThan(5);
  });

  it('stars a message from its row without opening it, by mouse and by keyboard', async () => {
    const { page } = driver;
    const star = rowOf(page, ids[0]!).getByTestId('star-toggle');
    expect(await pressed(star)).toBe('false');
    await star.click();
    await expect.poll(() => pressed(star)).toBe('true');
    expect(await rowOf(page, ids[0]!).getAttribute('data-starred')).toBe('true');
    expect(await page.getByTestId('message-detail').count()).toBe(0);
    expect((await query(driver, 'messages:get', { id: ids[0]! })).starred).toBe(true);

    // Space and Enter press the focused star; Enter does not reach the list, which would open the row.
    const other = rowOf(page, ids[4]!).getByTestId('star-toggle');
    await other.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => pressed(other)).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => pressed(other)).toBe('false');
    expect(await page.getByTestId('message-detail').count()).toBe(0);
    expect((await query(driver, 'messages:get', { id: ids[4]! })).starred).toBe(false);
  });

  it('tags and annotates the opened message, and both survive reopening and a reload', async () => {
    const { page } = driver;
    const first = ids[0]!;
    await openRow(page, first);
    const detail = page.getByTestId('message-detail');
    expect(await pressed(detail.getByTestId('star-toggle'))).toBe('true');

    await detail.getByTestId('tag-input').fill(`  ${LAWYER} `);
    await detail.getByTestId('tag-input').press('Enter');
    await detail.locator(`[data-testid="tag-chip"][data-tag="${LAWYER}"]`).waitFor();
    expect(await detail.getByTestId('tag-input').inputValue()).toBe('');
    // The row in the list shows the tag at once, without the list being fetched again.
    await rowOf(page, first).locator(`[data-testid="row-tag"][data-tag="${LAWYER}"]`).waitFor();

    await detail.getByTestId('note-editor').fill(NOTE);
    await detail.getByTestId('note-save').click();
    await detail.getByTestId('note-saved').waitFor();
    const stored = await query(driver, 'messages:get', { id: first });
    expect(stored).toMatchObject({ starred: true, tags: [LAWYER], note: NOTE });

    const expectMarks = async () => {
      const opened = page.getByTestId('message-detail');
      expect(await pressed(opened.getByTestId('star-toggle'))).toBe('true');
      expect(await opened.getByTestId('tag-chip').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')))).toEqual([LAWYER]);
      expect(await opened.getByTestId('note-editor').inputValue()).toBe(NOTE);
    };
    await openRow(page, ids[1]!);
    expect(await page.getByTestId('message-detail').getByTestId('tag-chip').count()).toBe(0);
    await openRow(page, first);
    await expectMarks();

    await page.reload();
    await page.getByTestId('message-list').waitFor();
    await openRow(page, first);
    await expectMarks();
    expect(await pressed(rowOf(page, first).getByTestId('star-toggle'))).toBe('true');
  });

  it('removes a tag with its chip', async () => {
    const { page } = driver;
    const detail = page.getByTestId('message-detail');
    await detail.getByTestId('tag-input').fill('临时');
    await detail.getByTestId('tag-add').click();
    const chip = detail.locator('[data-testid="tag-chip"][data-tag="临时"]');
    await chip.waitFor();
    await chip.getByTestId('tag-remove').click();
    await chip.waitFor({ state: 'detached' });
    expect((await query(driver, 'messages:get', { id: ids[0]! })).tags).toEqual([LAWYER]);
    expect((await query(driver, 'annotations:tags', {})).tags.map((t) => t.tag)).not.toContain('临时');
  });

  it('tags and stars several ticked messages in one go', async () => {
    const { page } = driver;
    const ticked = ids.slice(1, 4);
    for (const id of ticked) await rowOf(page, id).getByTestId('row-tick').click();
    await expect.poll(() => page.getByTestId('bulk-count').getAttribute('data-count')).toBe('3');

    await page.getByTestId('bulk-tag-input').fill(TO_REPORT);
    await page.getByTestId('bulk-add-tag').click();
    await expect.poll(() => page.getByTestId('bulk-marked').getAttribute('data-count')).toBe('3');
    const tagged = await query(driver, 'messages:list', { filter: { tag: TO_REPORT }, offset: 0, limit: 100 });
    expect(sorted(tagged.rows.map((r) => r.id))).toEqual(sorted(ticked));
    for (const id of ticked) await rowOf(page, id).locator(`[data-testid="row-tag"][data-tag="${TO_REPORT}"]`).waitFor();

    await page.getByTestId('bulk-star').click();
    await expect.poll(async () => (await query(driver, 'messages:list', { filter: { starred: true }, offset: 0, limit: 100 })).total).toBe(4);
    for (const id of ticked) await expect.poll(() => pressed(rowOf(page, id).getByTestId('star-toggle'))).toBe('true');
    mkdirSync(TMP_DIR, { recursive: true });
    await page.screenshot({ path: join(TMP_DIR, 'annotations-messages.png') });
    await page.getByTestId('bulk-clear').click();
  });

  it('filters the list by star and by tag', async () => {
    const { page } = driver;
    const all = (await stats(driver)).messages;
    await page.getByTestId('filter-starred').check();
    await waitForResultCount(page, 4);
    const shown = await visibleRowIds(page);
    expect(sorted(shown)).toEqual(sorted(ids.slice(0, 4)));

    // Unstarring a row under "starred only" takes it out of the list.
    await rowOf(page, ids[3]!).getByTestId('star-toggle').click();
    await waitForResultCount(page, 3);
    await page.getByTestId('filter-starred').uncheck();
    await waitForResultCount(page, all);

    await page.getByTestId('filter-tag').selectOption(TO_REPORT);
    await waitForResultCount(page, 3);
    await page.getByTestId('filter-tag').selectOption(LAWYER);
    await waitForResultCount(page, 1);
    expect(await visibleRowIds(page)).toEqual([ids[0]!]);
    await page.getByTestId('filter-starred').check();
    await waitForResultCount(page, 1);
    const expected = await query(driver, 'messages:list', { filter: { starred: true, tag: LAWYER }, offset: 0, limit: 10 });
    expect(expected.rows.map((r) => r.id)).toEqual([ids[0]!]);
    await page.getByTestId('filter-starred').uncheck();
    await page.getByTestId('filter-tag').selectOption('');
    await waitForResultCount(page, all);
  });

  it('stars, tags and annotates a sender on the senders page and finds it by those filters', async () => {
    const { page } = driver;
    await page.getByTestId('senders-button').click();
    await page.getByTestId('dossier-table').waitFor();
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBeGreaterThan(3);
    const allSenders = Number(await page.getByTestId('dossier-total').getAttribute('data-total'));

    await page.getByTestId('dossier-search').fill(COLLECTOR);
    const row = page.locator(`[data-testid="dossier-row"][data-address="${COLLECTOR}"]`);
    await row.waitFor();
    await row.locator('button').first().click();
    const panel = page.getByTestId('dossier-panel');
    await panel.waitFor();
    await panel.getByTestId('star-toggle').click();
    await expect.poll(() => pressed(panel.getByTestId('star-toggle'))).toBe('true');
    await expect.poll(() => row.getAttribute('data-starred')).toBe('true');
    await panel.getByTestId('tag-input').fill(GANG);
    await panel.getByTestId('tag-input').press('Enter');
    await panel.locator(`[data-testid="tag-chip"][data-tag="${GANG}"]`).waitFor();
    await row.locator(`[data-testid="row-tag"][data-tag="${GANG}"]`).waitFor();
    await panel.getByTestId('note-editor').fill(SENDER_NOTE);
    await panel.getByTestId('note-save').click();
    await panel.getByTestId('note-saved').waitFor();

    const starred = await query(driver, 'senders:dossiers', { offset: 0, limit: 10, starred: true });
    expect(starred.total).toBe(1);
    expect(starred.rows[0]).toMatchObject({ address: COLLECTOR, annotation: { starred: true, tags: [GANG], note: SENDER_NOTE } });

    await page.getByTestId('dossier-search').fill('');
    await expect.poll(() => page.getByTestId('dossier-total').getAttribute('data-total')).toBe(String(allSenders));
    await page.getByTestId('dossier-starred').check();
    await expect.poll(() => page.getByTestId('dossier-total').getAttribute('data-total')).toBe('1');
    expect(await page.getByTestId('dossier-row').evaluateAll((els) => els.map((el) => el.getAttribute('data-address')))).toEqual([COLLECTOR]);
    await page.getByTestId('dossier-starred').uncheck();
    await expect.poll(() => page.getByTestId('dossier-total').getAttribute('data-total')).toBe(String(allSenders));
    await page.getByTestId('dossier-tag').selectOption(GANG);
    await expect.poll(() => page.getByTestId('dossier-total').getAttribute('data-total')).toBe('1');
    expect(await page.getByTestId('dossier-row').getAttribute('data-address')).toBe(COLLECTOR);
    await page.screenshot({ path: join(TMP_DIR, 'annotations-senders.png') });
    // The message tags are not offered for senders: no sender carries them.
    expect(await page.getByTestId('dossier-tag').locator('option').allTextContents()).not.toContain(TO_REPORT);
    await page.getByTestId('dossier-tag').selectOption('');
  });

  it('shows what to do next on the timeline page, with a way to the evidence', async () => {
    const { page } = driver;
    const { advice } = await query(driver, 'advice:get', {});
    expect(advice.length).toBeGreaterThan(0);
    await page.getByTestId('timeline-button').click();
    const panel = page.getByTestId('advice-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('advice').count()).toBe(advice.length);
    expect(await panel.innerText()).toContain(zhCN['advice.title']);
    await page.screenshot({ path: join(TMP_DIR, 'annotations-advice.png') });

    const first = advice[0]!;
    await panel.getByTestId('advice').first().getByRole('button').click();
    await page.getByTestId('message-detail').waitFor();
    const message = await query(driver, 'messages:get', { id: first.messageIds[0]! });
    expect((await page.getByTestId('detail-body').innerText()).trim()).toBe(message.body.trim());
  });
});
