// SPDX-License-Identifier: MIT
// Draws a planned conversation in headless Chromium and measures where every time line and bubble
// landed, in image pixels. A single screenshot shows the newest end of the thread (as a phone does
// when the thread opens); a long thread is captured as overlapping screenshots, each scrolled so
// that a few bubbles of the previous one repeat at its top.
import type { Browser, Page } from 'playwright-core';
import type { PixelBox } from '../../../src-main/core/model/screenshot';
import type { AppSkin } from './app-skin';
import type { TruthItem } from './corpus-truth';
import type { ScreenPlan } from './corpus-plan';
import { screenHtml, type PlannedItem } from './screen-html';
import type { SeededRandom } from './seeded-random';

export interface RenderedScreen {
  png: Buffer;
  items: TruthItem[];
}

interface CssRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Measure {
  thread: CssRect;
  scrollTop: number;
  maxScroll: number;
  items: Array<{ index: number; rect: CssRect }>;
}

// Sent as source text: tsx compiles named arrow functions with a `__name` helper that does not
// exist inside the page.
const MEASURE_SCRIPT = `(() => {
  const thread = document.getElementById('thread');
  const rect = (r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
  return {
    thread: rect(thread.getBoundingClientRect()),
    scrollTop: thread.scrollTop,
    maxScroll: thread.scrollHeight - thread.clientHeight,
    items: [...document.querySelectorAll('[data-item]')].map((el) => ({ index: Number(el.dataset.item), rect: rect(el.getBoundingClientRect()) })),
  };
})()`;

async function measure(page: Page): Promise<Measure> {
  return (await page.evaluate(MEASURE_SCRIPT)) as Measure;
}

function toImageBox(r: CssRect, scale: number): PixelBox {
  const x = Math.max(0, Math.round(r.left * scale));
  const y = Math.max(0, Math.round(r.top * scale));
  return { x, y, width: Math.round(r.right * scale) - x, height: Math.round(r.bottom * scale) - y };
}

/** Truth for what is visible now: items clipped to the thread, times from full separators above. */
function visibleTruth(m: Measure, planned: readonly PlannedItem[], scale: number): TruthItem[] {
  const truth: TruthItem[] = [];
  let time: string | null = null;
  for (const { index, rect } of m.items) {
    const top = Math.max(rect.top, m.thread.top);
    const bottom = Math.min(rect.bottom, m.thread.bottom);
    if (bottom - top < 1) continue;
    const whole = rect.top >= m.thread.top - 0.5 && rect.bottom <= m.thread.bottom + 0.5;
    const item = planned[index] as PlannedItem;
    const box = toImageBox({ ...rect, top, bottom }, scale);
    if (item.kind === 'separator') {
      if (!whole) continue;
      time = item.time;
      truth.push({ kind: 'separator', text: item.text, time: item.time, box });
    } else {
      truth.push({ kind: 'message', direction: item.direction, text: item.text, time, box, partial: !whole });
    }
  }
  return truth;
}

/** Scroll offsets for `parts` screenshots that overlap by 2-4 whole bubbles. */
function partOffsets(m: Measure, planned: readonly PlannedItem[], parts: number, random: SeededRandom): number[] {
  const height = m.thread.bottom - m.thread.top;
  const contentTop = (r: CssRect) => r.top - m.thread.top + m.scrollTop;
  const contentBottom = (r: CssRect) => r.bottom - m.thread.top + m.scrollTop;
  const offsets = [0];
  for (let p = 1; p < parts; p++) {
    const offset = offsets[p - 1] as number;
    const wholeBubbles = m.items.filter(({ index, rect }) => planned[index]?.kind === 'message' && contentTop(rect) >= offset && contentBottom(rect) <= offset + height);
    const repeat = Math.min(wholeBubbles.length - 1, random.int(2, 4));
    const first = wholeBubbles[wholeBubbles.length - repeat];
    const next = first ? Math.floor(contentTop(first.rect) - 4) : offset + height / 2;
    if (next <= offset) break;
    offsets.push(Math.min(next, m.maxScroll));
    if (next >= m.maxScroll) break;
  }
  return offsets;
}

async function scrollThread(page: Page, offset: number): Promise<void> {
  await page.evaluate(`document.getElementById('thread').scrollTop = ${offset}`);
}

export async function renderPlan(browser: Browser, skin: AppSkin, plan: ScreenPlan, random: SeededRandom): Promise<RenderedScreen[]> {
  const context = await browser.newContext({ viewport: skin.viewport, deviceScaleFactor: plan.scale, offline: true, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    const html = screenHtml({ skin, theme: plan.theme, sender: plan.sender, items: plan.items, statusClock: plan.statusClock, battery: plan.battery });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    const start = await measure(page);
    const offsets = plan.parts > 1 ? partOffsets(start, plan.items, plan.parts, random) : [Math.max(0, start.maxScroll)];
    const screens: RenderedScreen[] = [];
    for (const offset of offsets) {
      await scrollThread(page, offset);
      const now = await measure(page);
      const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
      screens.push({ png, items: visibleTruth(now, plan.items, plan.scale) });
    }
    return screens;
  } finally {
    await context.close();
  }
}
