// SPDX-License-Identifier: MIT
// The report's PDF in the app: the self-contained HTML loaded into a hidden window of its own
// in-memory session, with JavaScript off and every request but the report file itself refused,
// then printed with Chromium's printToPDF. The HTML goes through a temporary file, since data:
// URLs of a multi-megabyte report hit Chromium's URL length limit.
import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PARTITION = 'leakline-report-print';

export async function printPdfInElectron(html: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html, { mode: 0o600 });
  const fileUrl = pathToFileURL(file).href;
  const printSession = session.fromPartition(PARTITION, { cache: false });
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== fileUrl }));
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(fileUrl);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
