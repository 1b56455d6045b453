// SPDX-License-Identifier: MIT
// The import page and the sources view in Chromium, with the real main side behind the browser
// bridge: files of several formats dropped at once, each previewed; a GBK CSV export's column
// mapping confirmed; per-file progress and outcome; a source removed again.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { syntheticSms } from '../bench/synthetic-sms';
import { writeSbrFile } from '../bench/write-sbr-file';
import { closeCleanly, FIXTURE_SMALL, waitForResultCount, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { hasAppeared, query, stats } from './harness/driver';
import { SHARED_FIXTURES } from './harness/paths';

const MMSSMS_DB = join(SHARED_FIXTURES, 'android-mmssms', 'plaso__mmssms.db');

/** A phone-assistant style export: Chinese headers, GBK bytes, a quoted field with a comma. */
const CSV_ROWS = [
  ['10086', '中国移动', '【中国移动】您本月话费账单已出，请查收。', '2024-03-01 08:15:00', '接收'],
  ['95588', '工商银行', '您尾号1234的账户支出人民币50.00元，余额1,234.56元。', '2024-03-02 12:00:00', '接收'],
  ['13800138000', '张三', '好的, 明天见，不见不散', '2024-03-02 18:30:05', '发送'],
];
const CSV_TEXT = ['号码,联系人,内容,时间,类型', ...CSV_ROWS.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','))].join('\r\n') + '\r\n';

/** The same messages where only the number's header is a known one: the user maps the text and time. */
const ODD_CSV_TEXT = ['号码,备注,发生于', ...CSV_ROWS.map(([address, , body, time]) => [address, `"${body}"`, time].join(','))].join('\n') + '\n';

function row(page: Page, name: string): Locator {
  return page.getByTestId('import-file-row').filter({ hasText: name });
}

/** Drops files from the "file manager": File objects the page gets paths for through pathForFile. */
async function dropOnZone(driver: BridgeDriver, paths: string[]): Promise<void> {
  for (const path of paths) await driver.registerFile(basename(path), path);
  await driver.page.getByTestId('drop-zone').evaluate((zone, names) => {
    const data = new DataTransfer();
    for (const name of names) data.items.add(new File(['x'], name));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, paths.map((path) => basename(path)));
}

/** Waits until no dropped file is still being detected. */
async function waitForPreviews(page: Page, count: number): Promise<void> {
  const settled = page.locator('[data-testid="import-file-row"]:not([data-status="detecting"])');
  await expect.poll(() => settled.count(), { timeout: 30_000 }).toBe(count);
}

async function selected(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).inputValue();
}

describe('browser bridge: the import page and the sources view', () => {
  let dir: string;
  let driver: BridgeDriver;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-import-page-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  closeCleanly(() => driver);

  it('previews dropped files of several formats, confirms a GBK CSV mapping, imports each file and removes a source again', async () => {
    const csvPath = join(dir, '短信导出.csv');
    writeFileSync(csvPath, iconv.encode(CSV_TEXT, 'gbk'));
    const notesPath = join(dir, 'notes.txt');
    writeFileSync(notesPath, 'shopping list: rice, eggs\n');
    const folderPath = join(dir, '照片');
    mkdirSync(folderPath);
    writeFileSync(join(folderPath, 'a.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));

    driver = await launchBridge();
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-page').waitFor();
    await dropOnZone(driver, [FIXTURE_SMALL, MMSSMS_DB, csvPath, notesPath, folderPath]);
    await waitForPreviews(page, 5);

    // Each file with its detected format, or the reason it cannot be imported.
    expect(await row(page, basename(FIXTURE_SMALL)).getAttribute('data-format')).toBe('sbr-xml');
    expect(await row(page, basename(FIXTURE_SMALL)).innerText()).toContain(zhCN['format.sbr-xml']);
    expect(await row(page, 'plaso__mmssms.db').getAttribute('data-format')).toBe('android-mmssms');
    expect(await row(page, 'plaso__mmssms.db').innerText()).toContain(zhCN['format.android-mmssms']);
    expect(await row(page, '短信导出.csv').getAttribute('data-format')).toBe('csv');
    expect(await row(page, '短信导出.csv').getByTestId('import-file-format').innerText()).toBe(zhCN['format.csv']);
    for (const name of ['notes.txt', '照片']) {
      expect(await row(page, name).getAttribute('data-status'), name).toBe('error');
      expect(await row(page, name).getByTestId('import-file-error').innerText(), name).toContain(zhCN['error.UNKNOWN_FORMAT']);
    }

    // The CSV mapping, guessed from the Chinese headers of a GBK file and shown for confirmation.
    const mapping = page.getByTestId('csv-mapping');
    await mapping.waitFor();
    expect(await page.getByTestId('csv-mapping').count()).toBe(1);
    expect(await selected(page, 'csv-field-address')).toBe('号码');
    expect(await selected(page, 'csv-field-body')).toBe('内容');
    expect(await selected(page, 'csv-field-time')).toBe('时间');
    expect(await selected(page, 'csv-field-contactName')).toBe('联系人');
    // 类型 holding 接收/发送 is the type (box) column; the direction follows from it.
    expect(await selected(page, 'csv-field-type')).toBe('类型');
    expect(await selected(page, 'csv-field-direction')).toBe('');
    expect(await page.getByTestId('csv-encoding').innerText()).toContain('GBK');
    const sample = await mapping.locator('table').innerText();
    expect(sample).toContain('【中国移动】您本月话费账单已出，请查收。');
    expect(sample).toContain('好的, 明天见，不见不散');

    // The time zone starts at the machine's and is sent with the import.
    const machineZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await selected(page, 'time-zone')).toBe(machineZone);
    await page.getByTestId('time-zone').selectOption('Asia/Shanghai');

    const start = page.getByTestId('import-start-button');
    expect(await start.isEnabled()).toBe(true);
    expect(await start.innerText()).toBe(zhCN['importPage.startMany'].replace('{count}', '3'));
    await start.click();

    // Per-file progress while it runs, then one outcome row per file.
    const summary = await waitForSummary(page);
    expect(await hasAppeared(page, 'file-progress')).toBe(true);
    const outcomes = page.getByTestId('import-file-outcome');
    expect(await outcomes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['imported', 'imported', 'imported']);
    expect(summary).toContain(basename(FIXTURE_SMALL));
    expect(summary).toContain('短信导出.csv');
    expect(summary).toContain(zhCN['format.csv']);

    const { rows: imported } = await query(driver, 'sources:list', {});
    expect(imported.map((s) => s.format).sort()).toEqual(['android-mmssms', 'csv', 'sbr-xml']);
    const csvSource = imported.find((s) => s.format === 'csv')!;
    expect(csvSource.messagesAdded).toBe(CSV_ROWS.length);
    expect(await outcomes.filter({ hasText: '短信导出.csv' }).innerText()).toContain(String(CSV_ROWS.length));

    // 08:15 on a phone in China is 00:15 UTC; the row read as 发送 is one the user sent.
    const bill = await query(driver, 'messages:list', { filter: { query: '话费账单' }, offset: 0, limit: 5 });
    expect(bill.rows.map((r) => r.time)).toEqual([Date.UTC(2024, 2, 1, 0, 15, 0)]);
    const reply = await query(driver, 'messages:list', { filter: { query: '不见不散' }, offset: 0, limit: 5 });
    expect(reply.rows.map((r) => r.direction)).toEqual(['out']);
    expect((await query(driver, 'messages:get', { id: bill.rows[0]!.id })).body).toBe(CSV_ROWS[0]![2]);

    // The sources view lists both files with path, format and fingerprint.
    const before = await stats(driver);
    await page.getByTestId('sources-button').click();
    await page.getByTestId('sources-view').waitFor();
    const sourceRows = page.getByTestId('source-row');
    await expect.poll(() => sourceRows.count()).toBe(3);
    const csvCard = page.locator(`[data-testid="source-row"][data-source-id="${csvSource.sourceId}"]`);
    expect(await csvCard.getByTestId('source-path').innerText()).toBe(csvSource.path);
    expect(await csvCard.getByTestId('source-sha256').innerText()).toBe(csvSource.sha256);
    expect(csvSource.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await csvCard.innerText()).toContain(zhCN['format.csv']);

    // Removing it says what goes, and takes exactly its messages away.
    await csvCard.getByTestId('source-remove-button').click();
    const confirm = csvCard.getByTestId('source-remove-confirm');
    await confirm.waitFor();
    expect(await csvCard.innerText()).toContain(
      zhCN['sources.removeQuestion'].replace('{messages}', String(CSV_ROWS.length)).replace('{calls}', '0'),
    );
    await confirm.click();
    await expect.poll(() => sourceRows.count()).toBe(2);
    expect(await page.getByTestId('source-removed').innerText()).toContain('短信导出.csv');
    const after = await stats(driver);
    expect(after.messages).toBe(before.messages - CSV_ROWS.length);
    expect(after.sources).toBe(2);
    expect((await query(driver, 'messages:list', { filter: { query: '话费账单' }, offset: 0, limit: 5 })).total).toBe(0);
    await expect.poll(() => page.getByTestId('stats-header').innerText()).toContain(String(after.messages));

    await page.getByTestId('back-button').click();
    await page.getByTestId('message-list').waitFor();
    await waitForResultCount(page, after.messages);
  });

  it('shows each file its own bar while the job runs, and after a cancel which files were not imported', async () => {
    const bigA = join(dir, 'big-a.xml');
    const bigB = join(dir, 'big-b.xml');
    await writeSbrFile(bigA, syntheticSms(60_000, 1), 60_000);
    await writeSbrFile(bigB, syntheticSms(60_000, 2), 60_000);
    driver = await launchBridge();
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('import-button').click();
    await dropOnZone(driver, [FIXTURE_SMALL, bigA, bigB]);
    await waitForPreviews(page, 3);
    await page.getByTestId('import-start-button').click();

    // Three bars; once the second file is being read the first is complete and the third waits.
    const bars = page.getByTestId('file-progress');
    await expect.poll(() => bars.count()).toBe(3);
    const states = () => page.locator('li[data-state]').evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
    await expect.poll(states, { timeout: 30_000 }).toEqual(['over', 'reading', 'waiting']);
    expect(await bars.nth(0).getAttribute('aria-valuenow')).toBe('100');
    expect(await bars.nth(2).getAttribute('aria-valuenow')).toBe('0');

    await page.getByTestId('import-cancel-button').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    const outcomes = page.getByTestId('import-file-outcome');
    expect(await outcomes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(['imported', 'not-imported', 'not-imported']);
    expect(await outcomes.nth(1).innerText()).toContain(zhCN['import.notImported']);
    const { rows } = await query(driver, 'sources:list', {});
    expect(rows.map((r) => basename(r.file))).toEqual([basename(FIXTURE_SMALL)]);
    expect((await stats(driver)).messages).toBe(rows[0]!.messagesAdded);
  });

  it('keeps the import from starting until the user maps the columns no guess could place', async () => {
    const csvPath = join(dir, 'odd-headers.csv');
    writeFileSync(csvPath, ODD_CSV_TEXT, 'utf8');
    driver = await launchBridge();
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await dropOnZone(driver, [csvPath]);
    await page.getByTestId('import-page').waitFor();
    await waitForPreviews(page, 1);
    expect(await row(page, 'odd-headers.csv').getAttribute('data-format')).toBe('csv');

    const start = page.getByTestId('import-start-button');
    expect(await start.isDisabled()).toBe(true);
    expect(await page.getByTestId('import-start-note').innerText()).toBe(zhCN['importPage.blockedMapping']);
    expect(await page.getByTestId('csv-problems').isVisible()).toBe(true);

    expect(await selected(page, 'csv-field-address')).toBe('号码');
    expect(await selected(page, 'csv-field-body')).toBe('');
    expect(await selected(page, 'csv-field-time')).toBe('');
    await page.getByTestId('csv-field-body').selectOption('备注');
    await expect.poll(() => start.isDisabled()).toBe(true);
    await page.getByTestId('csv-field-time').selectOption('发生于');
    await expect.poll(() => start.isEnabled()).toBe(true);
    // One column for two fields is refused, then put right.
    await page.getByTestId('csv-field-contactName').selectOption('号码');
    await expect.poll(() => start.isDisabled()).toBe(true);
    await page.getByTestId('csv-field-contactName').selectOption('');
    await expect.poll(() => page.getByTestId('csv-problems').count()).toBe(0);
    await page.getByTestId('time-zone').selectOption('Asia/Shanghai');
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();

    await waitForSummary(page);
    expect((await stats(driver)).messages).toBe(CSV_ROWS.length);
    const bill = await query(driver, 'messages:list', { filter: { query: '话费账单' }, offset: 0, limit: 5 });
    expect(bill.rows.map((r) => r.time)).toEqual([Date.UTC(2024, 2, 1, 0, 15, 0)]);
  });
});
