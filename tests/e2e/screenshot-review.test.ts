// SPDX-License-Identifier: MIT
// Screenshots in, in Chromium with the real main side behind the browser bridge: a screenshot of
// an iPhone SMS thread (rendered here) is dropped on the import page, read by OCR, reviewed beside
// its picture (one word corrected, the sender checked), committed, and found in the messages with
// the corrected text; nothing is stored before the commit.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../src-renderer/i18n/zh-CN';
import { closeCleanly } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { hasAppeared, query, stats } from './harness/driver';
import { editReviewText, reviewText, writeThreadScreenshot, type Thread } from './screenshot-flows';

const READ_TIMEOUT = 90_000;

const THREAD: Thread = {
  header: '+86 138 0013 8000',
  separator: '昨天 09:41',
  bubbles: [
    { side: 'in', text: '您好，您在我司的借款已逾期三天，请尽快还款。' },
    { side: 'out', text: '我下周一还款，请不要联系我的家人。' },
    { side: 'in', text: '请于今天下午五点前处理。' },
  ],
};

describe('browser bridge: screenshots read, reviewed and imported', () => {
  let dir: string;
  let shotPath: string;
  let driver: BridgeDriver;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-screenshot-review-'));
    shotPath = join(dir, 'IMG_0412.png');
    await writeThreadScreenshot(shotPath, THREAD);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  closeCleanly(() => driver);

  it('reads a dropped screenshot, takes a corrected word and the sender, and stores the messages as reviewed', async () => {
    driver = await launchBridge();
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-page').waitFor();

    // A HEIC photo is named as not supported; the PNG is a screenshot without any preview.
    const heicPath = join(dir, 'IMG_0413.HEIC');
    for (const path of [shotPath, heicPath]) await driver.registerFile(basename(path), path);
    await page.getByTestId('drop-zone').evaluate((zone, names) => {
      const data = new DataTransfer();
      for (const name of names) data.items.add(new File(['x'], name));
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [basename(shotPath), basename(heicPath)]);
    const shotRow = page.getByTestId('import-file-row').filter({ hasText: basename(shotPath) });
    expect(await shotRow.getAttribute('data-format')).toBe('screenshot');
    expect(await shotRow.getByTestId('import-file-format').innerText()).toBe(zhCN['format.screenshot']);
    const heicRow = page.getByTestId('import-file-row').filter({ hasText: basename(heicPath) });
    expect(await heicRow.getAttribute('data-status')).toBe('error');
    expect(await heicRow.getByTestId('import-file-error').innerText()).toContain(zhCN['error.HEIC_UNSUPPORTED']);

    // 昨天 counts from the day the user confirms, in the phone's zone.
    await page.getByTestId('time-zone').selectOption('Asia/Shanghai');
    await page.getByTestId('reference-date').fill('2025-04-17');
    await page.getByTestId('import-start-button').click();

    const review = page.getByTestId('screenshot-review');
    await review.waitFor();
    const items = page.getByTestId('review-message');
    await items.first().waitFor({ timeout: READ_TIMEOUT });
    expect(await hasAppeared(page, 'import-progress')).toBe(true);
    expect(await items.count()).toBe(THREAD.bubbles.length);
    expect((await stats(driver)).messages).toBe(0);

    // The picture beside the readings, one outline per bubble; an outline selects its message.
    await expect.poll(() => page.getByTestId('screenshot-image').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await page.getByTestId('bubble-box').count()).toBe(THREAD.bubbles.length);
    await page.locator('[data-testid="bubble-box"][data-index="2"]').click();
    expect(await items.nth(2).getAttribute('data-selected')).toBe('true');
    expect(await items.nth(0).getAttribute('data-selected')).toBe('false');

    // Screen order and sides as on the phone (the text within a slip or two of OCR, which is what
    // the review is for); the separator as read and the time it means.
    for (const [index, bubble] of THREAD.bubbles.entries()) {
      const item = items.nth(index);
      const read = await reviewText(item);
      expect(distance(read, bubble.text), `message ${index + 1} read as ${read}`).toBeLessThanOrEqual(2);
      expect(await item.getByTestId(`review-direction-${bubble.side}`).isChecked()).toBe(true);
      expect(await item.getByTestId('review-time-text').innerText()).toContain('昨天 09:41');
      expect(await item.getByTestId('review-time').inputValue()).toBe('2025-04-16T09:41');
    }

    // One word corrected (with whatever else was misread): the field is marked.
    const reply = items.nth(1);
    expect(await reviewText(reply)).toContain('我下周一还款');
    await editReviewText(reply, '我下周二还款，请不要联系我的家人。');
    await reply.getByTestId('review-corrected').waitFor();
    expect(await items.nth(0).getByTestId('review-corrected').count()).toBe(0);

    // The sender from the header, or typed when the header could not be read.
    const sender = page.getByTestId('review-sender');
    if ((await sender.inputValue()).trim() === '') {
      expect(await page.getByTestId('review-commit').isDisabled()).toBe(true);
      expect(await page.getByTestId('review-sender-note').innerText()).toBe(zhCN['review.senderMissing']);
      await sender.fill('13800138000');
    }
    expect((await sender.inputValue()).replace(/\D/g, '')).toMatch(/13800138000$/);

    const commit = page.getByTestId('review-commit');
    expect(await commit.innerText()).toBe(zhCN['review.commitMany'].replace('{count}', String(THREAD.bubbles.length)));
    await commit.click();
    await page.getByTestId('review-committed').waitFor({ timeout: READ_TIMEOUT });
    const outcome = page.getByTestId('import-file-outcome');
    expect(await outcome.getAttribute('data-status')).toBe('imported');
    expect(await outcome.innerText()).toContain(zhCN['format.screenshot']);

    // The image's sha256 is the source's fingerprint.
    const { rows: sources } = await query(driver, 'sources:list', {});
    expect(sources.map((s) => s.format)).toEqual(['screenshot']);
    expect(sources[0]!.sha256).toBe(createHash('sha256').update(readFileSync(shotPath)).digest('hex'));

    // In the messages list with the corrected text, and the misread word nowhere.
    await page.getByTestId('review-show-messages').click();
    await page.getByTestId('message-list').waitFor();
    await expect.poll(() => page.getByTestId('message-list').innerText(), { timeout: 15_000 }).toContain('我下周二还款');
    expect(await page.getByTestId('message-row').count()).toBe(THREAD.bubbles.length);
    const corrected = await query(driver, 'messages:list', { filter: { query: '下周二' }, offset: 0, limit: 5 });
    expect(corrected.rows.map((r) => r.direction)).toEqual(['out']);
    // 09:41 the day before the 17th, in China; bubbles under one separator keep their order by seconds.
    const offset = corrected.rows[0]!.time - Date.UTC(2025, 3, 16, 1, 41);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(60_000);
    expect((await query(driver, 'messages:list', { filter: { query: '下周一' }, offset: 0, limit: 5 })).total).toBe(0);
  });

  it('stores nothing when the review is discarded', async () => {
    driver = await launchBridge();
    const { page } = driver;
    await page.getByTestId('empty-state').waitFor();
    await page.getByTestId('import-button').click();
    await driver.registerFile(basename(shotPath), shotPath);
    await page.getByTestId('drop-zone').evaluate((zone, name) => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], name));
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, basename(shotPath));
    await page.getByTestId('import-start-button').click();
    await page.getByTestId('review-message').first().waitFor({ timeout: READ_TIMEOUT });

    await page.getByTestId('review-discard').click();
    await page.getByTestId('review-discard-yes').click();
    await page.getByTestId('import-page').waitFor();
    expect(await page.getByTestId('review-pending').count()).toBe(0);
    const all = await stats(driver);
    expect(all.messages).toBe(0);
    expect((await query(driver, 'sources:list', {})).rows).toEqual([]);
  });
});
