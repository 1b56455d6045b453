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
import { sqliteNativeBinding } from './sqlite-native-binding';
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
// end-to-end tests run against a throwaway profile. A released app ignores it: an environment
// variable must not be able to point the evidence and its key somewhere else.
const testUserData = app.isPackaged ? undefined : process.env['LEAKLINE_USER_DATA_DIR'];
app.setPath('userData', testUserData || join(app.getPath('appData'), APP_DIR_NAME));

/**
 * The SQLite driver built for Electron's ABI: by `npm run native:electron` into out/native (see
 * src-main/app/native/build-for-electron.mjs), or by electron-builder in a packaged app.
 */
function electronNativeBinding(): string | undefined {
  return sqliteNativeBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath }, existsSync);
}

const REPORT_FILTER_NAMES: Record<ReportFormat, Record<'zh' | 'en', string>> = {
  html: { zh: '网页报告', en: 'HTML report' },
  pdf: { zh: 'PDF 报告', en: 'PDF report' },
  csv: { zh: '表格 (CSV)', en: 'Spreadsheet (CSV)' },
  jsonl: { zh: 'Timesketch (JSONL)', en: 'Timesketch (JSONL)' },
};

// Asked by the main process itself, whatever the page said: only the user at the window can agree.
const WIPE_QUESTION = {
  zh: { message: '永久删除 Leakline 的全部数据？', detail: '数据库、密钥和临时文件将被删除，无法恢复。导入的原始备份文件不受影响。', cancel: '取消', wipe: '全部删除' },
  en: { message: 'Delete all of Leakline\'s data for good?', detail: 'The database, its key and the temporary files are deleted and cannot be recovered. The backup files you imported are not touched.', cancel: 'Cancel', wipe: 'Delete everything' },
} as const;

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
    confirmWipe: async () => {
      const text = WIPE_QUESTION[lang];
      const options: Electron.MessageBoxOptions = { type: 'warning', buttons: [text.cancel, text.wipe], defaultId: 0, cancelId: 0, message: text.message, detail: text.detail, noLink: true };
      const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
    afterWipe: () => {
      // Once the reply is on its way: what Chromium kept of the page (storage, HTTP and code
      // caches), then quit. The next start makes a fresh key and an empty database.
      setImmediate(() => {
        const s = session.defaultSession;
        void Promise.allSettled([s.clearStorageData(), s.clearCache(), s.clearCodeCaches({})]).finally(() => app.quit());
      });
    },
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
