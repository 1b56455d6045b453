// SPDX-License-Identifier: MIT
import { join } from 'node:path';

/**
 * Where the app's bundled resources (the demo backups) live: resources/ in a checkout, Electron's
 * resources folder once packaged (the packager copies resources/demo there as an extra resource).
 */
export function resourcesDirectory(isPackaged: boolean, appPath: string, resourcesPath: string): string {
  return isPackaged ? resourcesPath : join(appPath, 'resources');
}
