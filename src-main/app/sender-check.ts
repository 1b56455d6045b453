// SPDX-License-Identifier: MIT
// Only our own window's top frame, showing our own page, may call the main side. A subframe, a
// window opened some other way or a page navigated elsewhere is refused before the dispatcher runs.
import { APP_ORIGIN, originOf } from './app-origin';

export interface SenderFacts {
  /** URL of the frame that sent the message (null when the frame is already gone). */
  frameUrl: string | null;
  /** Whether the sending frame is the main frame of our window's webContents. */
  isOurMainFrame: boolean;
}

/** Origins a trusted page may be loaded from: app://leakline, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | null): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl !== null) {
    try {
      origins.push(new URL(devServerUrl).origin);
    } catch {
      // A malformed dev server URL adds nothing: the app origin alone is still trusted.
    }
  }
  return origins;
}

export function isTrustedSender(sender: SenderFacts, origins: readonly string[]): boolean {
  if (!sender.isOurMainFrame || sender.frameUrl === null) return false;
  const origin = originOf(sender.frameUrl);
  return origin !== null && origins.includes(origin);
}
