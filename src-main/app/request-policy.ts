// SPDX-License-Identifier: MIT
// The rule behind webRequest.onBeforeRequest: the window may load its own app:// files and the
// devtools, nothing else. In development the vite dev server (and its HMR websocket) is allowed too,
// matched by exact origin so that no other localhost port slips through.
import { APP_ORIGIN, originOf } from './app-origin';

/**
 * Whether the window may make a request to `url`.
 * `devServerUrl` is the vite dev server's URL in development, null in a built app.
 */
export function isAllowedRequestUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === 'app:') return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  if (devServerUrl === null) return false;
  const dev = originOf(devServerUrl);
  if (dev === null) return false;
  const devWs = dev.replace(/^http/, 'ws');
  const origin = `${parsed.protocol}//${parsed.host}`;
  return origin === dev || origin === devWs;
}
