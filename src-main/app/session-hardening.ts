// SPDX-License-Identifier: MIT
// Session-wide rules from Electron's security checklist: no permissions, no requests leaving the
// app, no downloads, no spellchecker dictionaries fetched from Google's servers.
import type { Session } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { isAllowedRequestUrl } from './request-policy';

export function hardenSession(session: Session, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devServerUrl) });
  });
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerEnabled(false);
  // Should the spellchecker ever be switched on, dictionaries would come from our own origin
  // (where there are none) rather than from a remote server.
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/dictionaries/`);
}
