// SPDX-License-Identifier: MIT
// What a flow needs from the app under test, whether it runs in Chromium through the browser bridge
// or in Electron itself.
import type { Page } from 'playwright-core';
import type { Channel, Envelope, RequestOf, ResponseOf, Stats } from '../../../src-main/ipc/contract';

export interface AppDriver {
  readonly kind: 'bridge' | 'electron';
  readonly page: Page;
  /** Files the next dialog:openFiles answers with (the user's pick in the native dialog). */
  answerFileDialog(paths: string[]): Promise<void>;
  /** Asks the main side directly, through the same dispatcher (and validation) the page uses. */
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Errors the page threw and requests it tried to make outside the app. */
  readonly pageErrors: string[];
  readonly blockedRequests: string[];
  close(): Promise<void>;
}

export type LaunchDriver = () => Promise<AppDriver>;

/** Records every data-testid that ever appears, so a brief element (a fast progress bar) is not missed. */
export const APPEARANCE_RECORDER = `(() => {
  const seen = new Set();
  window.__leaklineSeen = seen;
  const scan = (root) => {
    if (root.nodeType !== 1) return;
    if (root.dataset && root.dataset.testid) seen.add(root.dataset.testid);
    for (const el of root.querySelectorAll('[data-testid]')) seen.add(el.dataset.testid);
  };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) scan(n);
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function hasAppeared(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => (window as unknown as { __leaklineSeen: Set<string> }).__leaklineSeen.has(id), testId);
}

/** Unwraps an envelope, failing the test with the error the main side gave. */
export async function query<C extends Channel>(driver: AppDriver, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const envelope = await driver.invoke(channel, request);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data;
}

export function stats(driver: AppDriver): Promise<Stats> {
  return query(driver, 'stats:get', {});
}
