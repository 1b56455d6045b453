// SPDX-License-Identifier: MIT
// Which build of the SQLite driver's addon the desktop app loads. Electron's ABI is not Node's, so
// the copy node_modules keeps for the CLI and the tests will not do.
import { join } from 'node:path';

/**
 * The driver's addon inside the app, relative to the app folder. electron-builder rebuilds it for
 * Electron and, like every *.node, leaves it unpacked beside app.asar (electron-builder.yml).
 */
export const DRIVER_ADDON_IN_APP = ['node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'] as const;

export interface AppLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the checkout, or …/resources/app.asar once packaged. */
  appPath: string;
  /** process.resourcesPath: Electron's resources folder, which holds app.asar. */
  resourcesPath: string;
}

/**
 * The addon to hand the driver (its `nativeBinding` option), or undefined to let it find its own.
 * Unpackaged: the Electron build `npm run native:electron` leaves in out/native. Packaged: the
 * unpacked file itself, named by its real path rather than through app.asar, so the main process
 * and the worker threads load it without relying on Electron's asar redirection.
 */
export function sqliteNativeBinding(where: AppLocation, exists: (file: string) => boolean): string | undefined {
  const addon = where.isPackaged
    ? join(where.resourcesPath, 'app.asar.unpacked', ...DRIVER_ADDON_IN_APP)
    : join(where.appPath, 'out', 'native', 'better_sqlite3.node');
  return exists(addon) ? addon : undefined;
}
