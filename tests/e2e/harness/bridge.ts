// SPDX-License-Identifier: MIT
// The browser test bridge: the real main side (encrypted database, dispatcher with its zod
// validation, job runner with worker threads) in Node, the built renderer in Debian's Chromium, and
// window.leakline connecting them through Playwright instead of Electron's IPC.
import type { Page } from 'playwright-core';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createTestContext } from '../../support/handler-context';
import type { HandlerContext } from '../../../src-main/ipc/handler-context';
import { launchChromium } from './chromium';
import { APPEARANCE_RECORDER, type AppDriver } from './driver';
import { DELIVER_HOOK, FILE_PATHS, INVOKE_BINDING, pageBridgeScript } from './page-bridge-script';
import { RESOURCES_DIR, requireBuiltRenderer } from './paths';
import { routeRenderer, TEST_ENTRY_URL } from './renderer-route';

export interface BridgeDriver extends AppDriver {
  readonly kind: 'bridge';
  /** Makes pathForFile(file) answer `path` for a File called `name` (a drop from the file manager). */
  registerFile(name: string, path: string): Promise<void>;
  readonly ctx: HandlerContext;
}

export interface BridgeOptions {
  /** The browser's language; the app must default to Chinese whatever it is. */
  locale?: string;
}

export async function launchBridge(options: BridgeOptions = {}): Promise<BridgeDriver> {
  requireBuiltRenderer();
  let page: Page | null = null;
  // Events reach the page in the order the runner emitted them, like webContents.send.
  let delivery: Promise<unknown> = Promise.resolve();
  let dialogAnswer: string[] = [];
  const test = createTestContext({
    version: '0.0.0-e2e',
    resourcesDir: RESOURCES_DIR,
    chooseFiles: async () => {
      const answer = dialogAnswer;
      dialogAnswer = [];
      return answer;
    },
    onEvent: (event, payload) => {
      const target = page;
      if (target === null) return;
      delivery = delivery.then(() =>
        target
          .evaluate(
            ([hook, name, data]) => {
              const deliver = (window as unknown as Record<string, unknown>)[hook];
              if (typeof deliver === 'function') deliver(name, data);
            },
            [DELIVER_HOOK, event, payload] as const,
          )
          .catch(() => undefined),
      );
    },
  });
  const ctx = test.ctx;
  const dispatch = createDispatcher(ctx);

  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const blockedRequests: string[] = [];
  const filePaths: Record<string, string> = {};
  try {
    const context = await browser.newContext({
      locale: options.locale ?? 'zh-CN',
      viewport: { width: 1280, height: 820 },
      serviceWorkers: 'block',
    });
    await routeRenderer(context, blockedRequests);
    await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, request: unknown) => {
      // The bridge's counterpart of the sender check: only the top frame of our page may call.
      if (source.frame !== source.page.mainFrame()) throw new Error('refused: not the main frame');
      return dispatch(String(channel), request);
    });
    await context.addInitScript({ content: pageBridgeScript() });
    await context.addInitScript({ content: APPEARANCE_RECORDER });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    page.on('dialog', (d) => {
      pageErrors.push(`unexpected ${d.type()} dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(TEST_ENTRY_URL);
  } catch (err) {
    await browser.close();
    await test.close();
    throw err;
  }
  const openPage = page;

  return {
    kind: 'bridge',
    page: openPage,
    ctx,
    pageErrors,
    blockedRequests,
    async answerFileDialog(paths) {
      dialogAnswer = [...paths];
    },
    async registerFile(name, path) {
      filePaths[name] = path;
      await openPage.evaluate(([key, map]) => {
        (window as unknown as Record<string, unknown>)[key] = map;
      }, [FILE_PATHS, filePaths] as const);
    },
    invoke: (channel, request) => dispatch(channel, request) as never,
    async close() {
      await browser.close();
      await test.close();
    },
  };
}
