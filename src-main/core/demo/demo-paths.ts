// SPDX-License-Identifier: MIT
import { join } from 'node:path';

/** The bundled demo backups, in the order they are imported. */
export function demoBackupPaths(resourcesDir: string): string[] {
  return [join(resourcesDir, 'demo', 'demo-sms.xml'), join(resourcesDir, 'demo', 'demo-calls.xml')];
}
