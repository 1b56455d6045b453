// SPDX-License-Identifier: MIT
// Text that tries to break the page, in Chromium with the real main side behind the browser bridge:
// a backup whose messages carry markup, a sender reversed by a right-to-left override with a
// reversed contact name, a zero-width space inside the bank's 95588, and a 100,000-character
// message of one unbroken token. Each must show as what it is: markers for the hidden characters,
// markup as text, no dialog, no error, and nothing wider than the window.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForAnalysis, waitForJobPanelIdle } from './analysis-flows';
import { closeCleanly, importViaDialog, waitForResultCount, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { query } from './harness/driver';
import { TMP_DIR } from './harness/paths';
import { zhCN } from '../../src-renderer/i18n/zh-CN';

const REVERSED = '+86 138\u202Egnp.exe';
const CONTACT = '\u202E服客行银商工';
const SPOOFED_BANK = '955\u200B88';
const MARKUP_BODY = '您的账户已冻结 <script>alert(1)</script><img src=x onerror=alert(2)> 请登录 http://icbc.com.\u202Emoc.evil/ 处理\n客服 95588';
const SPOOF_BODY = '【工商银行】您尾号1234的卡片将于今日停用，回复 Y 解除。';
const LONG_BODY = 'W'.repeat(100_000);
// A sender name no phone would show whole: one 2,000-character token.
const LONG_SENDER = `Z${'z'.repeat(1999)}`;
const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);

const xmlAttr = (s: string) => s.replace(/[&<>"\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;' })[c]!);

function sms(address: string, contact: string, time: number, body: string): string {
  return `  <sms protocol="0" address="${xmlAttr(address)}" date="${time}" type="1" subject="null" body="${xmlAttr(body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${time - 1000}" readable_date="" contact_name="${xmlAttr(contact)}" />\n`;
}

const BACKUP = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="4" backup_date="1763856000000" type="full">
${sms(REVERSED, CONTACT, T0, MARKUP_BODY)}${sms(SPOOFED_BANK, '(Unknown)', T0 + 60_000, SPOOF_BODY)}${sms('13800138000', '(Unknown)', T0 + 120_000, LONG_BODY)}${sms(LONG_SENDER, '(Unknown)', T0 + 180_000, '退订回T')}</smses>
`;

/** What the page must show for a text: each hidden character replaced by its marker. */
function withMarkers(text: string): string {
  return text.replace(/[\u202E\u200B]/g, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase()}⟩`);
}

async function markerCodes(scope: Locator): Promise<string[]> {
  return scope.getByTestId('invisible-char').evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
}

/**
 * The page is no wider than the window, and no scroll container inside it scrolls sideways, but for
 * those matching `designed` (a table that scrolls within its own box in a narrow column).
 */
async function expectNoSidewaysOverflow(page: Page, designed = ':not(*)'): Promise<void> {
  const widths = await page.evaluate((designed) => ({
    viewport: window.innerWidth,
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    wide: [...document.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !el.matches(designed);
      })
      .map((el) => el.getAttribute('data-testid') ?? el.className),
  }), designed);
  expect(widths.document, 'document width').toBeLessThanOrEqual(widths.viewport);
  expect(widths.body, 'body width').toBeLessThanOrEqual(widths.viewport);
  expect(widths.wide, 'containers scrolling sideways').toEqual([]);
}

describe('browser bridge: text that tries to break the page', () => {
  let dir: string;
  let driver: BridgeDriver;
  const ids = { markup: 0, spoof: 0, long: 0, longSender: 0 };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-hostile-'));
    writeFileSync(join(dir, 'hostile.xml'), BACKUP, 'utf8');
    driver = await launchBridge();
  });
  closeCleanly(() => driver, 'all');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the backup with every hostile text stored as it was', async () => {
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await importViaDialog(driver, 'choose-files-button', [join(dir, 'hostile.xml')]);
    await waitForSummary(page);
    await waitForAnalysis(driver);
    await waitForJobPanelIdle(page);
    const { rows } = await query(driver, 'messages:list', { filter: {}, offset: 0, limit: 10 });
    const bySender = new Map(rows.map((r) => [r.sender, r.id]));
    ids.markup = bySender.get(REVERSED)!;
    ids.spoof = bySender.get(SPOOFED_BANK)!;
    ids.long = bySender.get('13800138000')!;
    ids.longSender = bySender.get(LONG_SENDER)!;
    expect(Object.values(ids).every((id) => id > 0)).toBe(true);
    expect((await query(driver, 'messages:get', { id: ids.markup })).body).toBe(MARKUP_BODY);
    expect((await query(driver, 'messages:get', { id: ids.long })).body).toHaveLength(100_000);
  });

  it('shows the hidden characters in the list rows as markers, and the 100,000-character row truncated', async () => {
    const { page } = driver;
    await page.getByTestId('message-list').waitFor();
    await waitForResultCount(page, 4);
    const markupRow = page.locator(`[data-testid="message-row"][data-id="${ids.markup}"]`);
    await markupRow.waitFor();
    expect(await markerCodes(markupRow)).toEqual(['U+202E', 'U+202E', 'U+202E']);
    expect(await markupRow.innerText()).toContain('<script>alert(1)</script>');
    const spoofRow = page.locator(`[data-testid="message-row"][data-id="${ids.spoof}"]`);
    expect(await markerCodes(spoofRow)).toEqual(['U+200B']);
    expect(await spoofRow.innerText()).toContain('955⟨U+200B⟩88');
    const list = await page.getByTestId('message-list').boundingBox();
    for (const id of [ids.long, ids.longSender]) {
      const row = await page.locator(`[data-testid="message-row"][data-id="${id}"]`).boundingBox();
      expect(row!.x + row!.width, `row ${id}`).toBeLessThanOrEqual(list!.x + list!.width + 1);
    }
    await expectNoSidewaysOverflow(page);
  });

  it('opens the markup message: the script and image are text, the override a marker, highlights intact', async () => {
    const { page } = driver;
    await page.locator(`[data-testid="message-row"][data-id="${ids.markup}"]`).click();
    const body = page.getByTestId('detail-body');
    await body.waitFor();
    // Exactly the stored text, markers in place of the hidden characters: no run lost or doubled.
    expect(await body.evaluate((el) => el.textContent)).toBe(withMarkers(MARKUP_BODY));
    expect(await markerCodes(body)).toEqual(['U+202E']);
    const detail = page.getByTestId('message-detail');
    expect(await detail.locator('script, img, iframe, object').count()).toBe(0);
    expect(await markerCodes(page.getByTestId('detail-sender'))).toEqual(['U+202E', 'U+202E']);
    expect(await page.getByTestId('detail-sender').innerText()).toContain('⟨U+202E⟩服客行银商工');
    const marker = body.getByTestId('invisible-char').first();
    expect(await marker.getAttribute('title')).toContain('U+202E RLO');
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert')).length)).toBe(0);
    // The bridge records any alert or other dialog the page opens as a page error.
    expect(driver.pageErrors, 'errors and dialogs in the page').toEqual([]);
    mkdirSync(TMP_DIR, { recursive: true });
    await page.screenshot({ path: join(TMP_DIR, 'hostile-text-detail.png') });
  });

  it('opens the 100,000-character message without widening the page', async () => {
    const { page } = driver;
    await page.locator(`[data-testid="message-row"][data-id="${ids.long}"]`).click();
    const body = page.getByTestId('detail-body');
    await expect.poll(() => body.evaluate((el) => el.textContent?.length)).toBe(100_000);
    const box = await body.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    await expectNoSidewaysOverflow(page);
  });

  it('offers the senders in the picker with their markers', async () => {
    const { page } = driver;
    await page.getByTestId('sender-filter').click();
    const options = page.getByTestId('sender-option');
    await expect.poll(() => options.count()).toBe(4);
    expect(await markerCodes(page.locator('#sender-options'))).toEqual(expect.arrayContaining(['U+202E', 'U+200B']));
    await page.locator(`[data-testid="sender-option"]`).filter({ hasText: '955⟨U+200B⟩88' }).click();
    await waitForResultCount(page, 1);
    expect(await page.getByTestId('sender-filter').inputValue()).toBe('955⟨U+200B⟩88');
    await page.getByRole('button', { name: zhCN['filter.senderClear'] }).click();
    await waitForResultCount(page, 4);
  });

  it('shows the markers on the senders page and keeps it within the window', async () => {
    const { page } = driver;
    await page.getByTestId('senders-button').click();
    await page.getByTestId('dossier-table').waitFor();
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(4);
    const reversed = page.locator('[data-testid="dossier-row"]').filter({ hasText: '+86 138⟨U+202E⟩gnp.exe' });
    expect(await markerCodes(reversed)).toEqual(['U+202E', 'U+202E']);
    const spoof = page.locator('[data-testid="dossier-row"]').filter({ hasText: '955⟨U+200B⟩88' });
    expect(await markerCodes(spoof)).toEqual(['U+200B']);
    await reversed.getByRole('button').first().click();
    const panel = page.getByTestId('dossier-panel');
    await panel.waitFor();
    expect(await markerCodes(panel.locator('header'))).toEqual(['U+202E', 'U+202E']);
    // The 2,000-character sender wraps inside its cell, cut after a few lines, instead of stretching the table.
    const tableBox = await page.getByTestId('dossier-table').evaluate((el) => el.parentElement!.clientWidth);
    const longCell = await page.locator(`[data-testid="dossier-row"][data-address="${LONG_SENDER}"] td`).first().boundingBox();
    expect(longCell!.width).toBeLessThan(tableBox / 2);
    expect(longCell!.height).toBeLessThan(100);
    await expectNoSidewaysOverflow(page, ':has(> [data-testid="dossier-table"])');
    await page.screenshot({ path: join(TMP_DIR, 'hostile-text-senders.png') });
  });
});
