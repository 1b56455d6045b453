// SPDX-License-Identifier: MIT
// What the screenshot review test needs beside the app: a real screenshot of an iPhone-style SMS
// thread rendered by Chromium (number in the header, a relative time separator, bubbles on both
// sides), and the review page's message text whichever way it is shown (marked reading or textarea).
import { writeFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { launchChromium } from './harness/chromium';

export interface ThreadBubble {
  side: 'in' | 'out';
  text: string;
}

export interface Thread {
  header: string;
  separator: string;
  bubbles: ThreadBubble[];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function threadHtml(thread: Thread): string {
  const bubbles = thread.bubbles.map((b) => `<div class="row ${b.side}"><div class="bubble">${escapeHtml(b.text)}</div></div>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html, body { margin: 0; background: #fff; font-family: 'Noto Sans CJK SC', sans-serif; }
    .status { height: 47px; }
    .header { height: 96px; display: flex; flex-direction: column; align-items: center; justify-content: flex-end;
      padding-bottom: 8px; background: #f6f6f6; border-bottom: 1px solid #d1d1d6; box-sizing: border-box; }
    .avatar { width: 50px; height: 50px; border-radius: 50%; background: #a5a9b4; }
    .number { margin-top: 4px; font-size: 12px; color: #000; }
    .time { margin: 18px 0 8px; text-align: center; font-size: 12px; color: #8e8e93; }
    .row { display: flex; padding: 3px 16px; }
    .row.out { justify-content: flex-end; }
    .bubble { max-width: 70%; padding: 8px 13px; border-radius: 18px; font-size: 17px; line-height: 22px; }
    .in .bubble { background: #e9e9eb; color: #000; }
    .out .bubble { background: #34c759; color: #fff; }
  </style></head><body>
    <div class="status"></div>
    <div class="header"><div class="avatar"></div><div class="number">${escapeHtml(thread.header)}</div></div>
    <div class="time">${escapeHtml(thread.separator)}</div>
    ${bubbles}
  </body></html>`;
}

/** Renders the thread at an iPhone's 3x scale (390 × 844 points) and writes the PNG to `path`. */
export async function writeThreadScreenshot(path: string, thread: Thread): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
    await page.setContent(threadHtml(thread));
    await page.evaluate(() => document.fonts.ready);
    writeFileSync(path, await page.screenshot({ type: 'png' }));
  } finally {
    await browser.close();
  }
}

/** The text of a review message: its textarea, or the marked reading shown while not editing. */
export async function reviewText(item: Locator): Promise<string> {
  const area = item.getByTestId('review-text');
  if ((await area.count()) > 0) return area.inputValue();
  return item.getByTestId('review-text-read').innerText();
}

/** Opens a message's text for editing (a marked reading turns into a textarea) and replaces it. */
export async function editReviewText(item: Locator, text: string): Promise<void> {
  const read = item.getByTestId('review-text-read');
  if ((await read.count()) > 0) await read.click();
  await item.getByTestId('review-text').fill(text);
}
