// SPDX-License-Identifier: MIT
// Electron's main process: locks down Chromium before it starts, unlocks the encrypted database with
// the key from the system key store, and connects the one window to the contract's dispatcher.
import { app, dialog, Menu, session, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../core/db/open';
import { toErrorPayload } from '../core/errors';
import { JobRunner } from '../core/jobs/job-runner';
import { demoBackupPaths } from '../core/demo/demo-paths';
import { APP_DIR_NAME, DB_FILE_NAME } from '../core/paths/user-data-dir';
import { createDispatcher } from '../ipc/dispatch';
import type { HandlerContext } from '../ipc/handler-context';
import type { ReportFormat } from '../core/model/report';
import { APP_ENTRY_URL } from './app-origin';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { OFFLINE_SWITCHES } from './chromium-switches';
import { spawnBundledImportWorker } from './import-worker-host';
import { registerIpcHandlers, sendEvent } from './ipc-host';
import { resourcesDirectory } from './resources-dir';
import { tessdataFolder } from '../core/ocr/tessdata-dir';
import { KEY_FILE_NAME, KeyStoreError, loadOrCreateDbKey } from './key-store';
import { createMainWindow } from './main-window';
import { printPdfInElectron } from './print-pdf';
import { safeStorageCipher } from './safe-storage-cipher';
import { trustedOrigins } from './sender-check';
import { hardenSession } from './session-hardening';
import { databaseProblemText, dialogLanguage, keyStoreProblemText, type DialogText } from './startup-messages';

// electron-vite sets this in `npm run dev` only; a packaged app never loads from a server.
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;

// Everything up to whenReady() must happen before Chromium starts, i.e. synchronously at load.
for (const { name, value } of OFFLINE_SWITCHES) app.commandLine.appendSwitch(name, value);
registerAppScheme();
app.enableSandbox();
app.setName(APP_DIR_NAME);
// Same folder the CLI computes (core/paths/user-data-dir.ts); LEAKLINE_USER_DATA_DIR lets the
// end-to-end tests run against a throwaway profile.
app.setPath('userData', process.env['LEAKLINE_USER_DATA_DIR'] || join(app.getPath('appData'), APP_DIR_NAME));

/**
 * The SQLite driver built for Electron's ABI by `npm run native:electron` (see
 * src-main/app/native/build-for-electron.mjs); a packaged app has it rebuilt in place instead.
 */
function electronNativeBinding(): string | undefined {
  const built = join(app.getAppPath(), 'out', 'native', 'better_sqlite3.node');
  return !app.isPackaged && existsSync(built) ? built : undefined;
}

const REPORT_FILTER_NAMES: Record<ReportFormat, Record<'zh' | 'en', string>> = {
  html: { zh: '网页报告', en: 'HTML report' },
  pdf: { zh: 'PDF 报告', en: 'PDF report' },
  csv: { zh: '表格 (CSV)', en: 'Spreadsheet (CSV)' },
  jsonl: { zh: 'Timesketch (JSONL)', en: 'Timesketch (JSONL)' },
};

interface OpenStore {
  db: Database;
  dbPath: string;
  key: Buffer;
}

function refuseToStart(text: DialogText): void {
  dialog.showMessageBoxSync({ type: 'error', title: text.title, message: text.message, detail: text.detail });
  app.exit(1);
}

function openStore(lang: 'zh' | 'en', nativeBinding: string | undefined): OpenStore | null {
  const dir = app.getPath('userData');
  const dbPath = join(dir, DB_FILE_NAME);
  let key: Buffer;
  try {
    key = loadOrCreateDbKey(join(dir, KEY_FILE_NAME), safeStorageCipher(), !existsSync(dbPath));
  } catch (err) {
    if (!(err instanceof KeyStoreError)) throw err;
    refuseToStart(keyStoreProblemText(err.problem, lang));
    return null;
  }
  try {
    const db = openDatabase(dbPath, { key: { kind: 'raw', bytes: key }, ...(nativeBinding ? { nativeBinding } : {}) });
    return { db, dbPath, key };
  } catch (err) {
    const payload = toErrorPayload(err);
    refuseToStart(databaseProblemText(payload.code, payload.message, lang));
    return null;
  }
}

function applicationMenu(): Menu {
  // Roles only: Electron's default menu links to its website, and Leakline never opens the web.
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  await app.whenReady();
  const lang = dialogLanguage(app.getLocale());
  const nativeBinding = electronNativeBinding();
  const store = openStore(lang, nativeBinding);
  if (store === null) return;
  const { db, dbPath, key } = store;

  hardenSession(session.defaultSession, devServerUrl);
  serveAppProtocol(session.defaultSession, join(import.meta.dirname, '../renderer'));

  const resourcesDir = resourcesDirectory(app.isPackaged, app.getAppPath(), process.resourcesPath);
  const jobs = new JobRunner({
    spawnWorker: spawnBundledImportWorker,
    dbPath,
    key: { kind: 'raw', bytes: key },
    ...(nativeBinding ? { nativeBinding } : {}),
    tessdataDir: tessdataFolder(resourcesDir),
    emit: (event, payload) => sendEvent(mainWindow, event, payload),
  });
  const ctx: HandlerContext = {
    db,
    dbPath,
    encrypted: true,
    version: app.getVersion(),
    jobs,
    chooseFiles: async ({ folder }) => {
      // Windows and Linux dialogs pick files or folders, not both: the page asks for one or the other.
      const options: Electron.OpenDialogOptions = {
        properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: [
          { name: lang === 'zh' ? '短信备份' : 'SMS backups', extensions: ['xml', 'db'] },
          { name: lang === 'zh' ? '短信截图' : 'Message screenshots', extensions: ['png', 'jpg', 'jpeg', 'webp'] },
          { name: lang === 'zh' ? '所有文件' : 'All files', extensions: ['*'] },
        ],
      };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    demoPaths: demoBackupPaths(resourcesDir),
    screenshotPaths: new Set(),
    chooseSavePath: async ({ defaultName, format }) => {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: [{ name: REPORT_FILTER_NAMES[format][lang], extensions: [format] }],
        // The dialog asks before replacing a file; the handler then writes over it.
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printPdf: printPdfInElectron,
  };
  registerIpcHandlers(createDispatcher(ctx), () => mainWindow, trustedOrigins(devServerUrl));

  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping) return;
    stopping = true;
    // Workers are stopped (their open transaction rolls back) before the connection closes.
    event.preventDefault();
    void jobs.stopAll().finally(() => {
      db.close();
      app.quit();
    });
  });

  Menu.setApplicationMenu(applicationMenu());
  mainWindow = createMainWindow({
    // Sandboxed preloads cannot be ES modules: electron.vite.config.ts emits it as CommonJS.
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    title: 'Leakline',
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((err: unknown) => {
    const payload = toErrorPayload(err);
    dialog.showErrorBox('Leakline', `${payload.code}: ${payload.message}`);
    app.exit(1);
  });
}
