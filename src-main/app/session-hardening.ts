// SPDX-License-Identifier: MIT
// Session-wide rules from Electron's security checklist: no permissions (but writing text to the
// clipboard from our own page), no requests leaving the app, no downloads, no spellchecker downloads.
import type { Session } from 'electron';
import { APP_ORIGIN } from './app-origin';
import { isAllowedRequestUrl } from './request-policy';
import { isPermissionAllowed } from './permission-policy';

export function hardenSession(session: Session, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
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
