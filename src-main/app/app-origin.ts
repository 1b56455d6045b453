// SPDX-License-Identifier: MIT
// The page is served from app://leakline/ rather than file://, so it has a real origin of its own:
// CSP 'self', the sender check and the request filter can all name it exactly.

export const APP_SCHEME = 'app';
export const APP_HOST = 'leakline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Prefix of every IPC channel Leakline registers; a channel without it is not ours. */
export const IPC_PREFIX = 'leakline:';
/** The one channel on which the main side pushes contract events to the page. */
export const IPC_EVENT_CHANNEL = `${IPC_PREFIX}event`;

export function ipcChannelFor(channel: string): string {
  return `${IPC_PREFIX}${channel}`;
}

/** scheme://host of a URL, or null for a string that is no URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
