// SPDX-License-Identifier: MIT
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');
export const MAIN_ENTRY = resolve(REPO_ROOT, 'out/main/index.js');
/** The app's resources (demo backups); LEAKLINE_E2E_RESOURCES points elsewhere, e.g. a fresh demo:generate. */
export const RESOURCES_DIR = resolve(process.env['LEAKLINE_E2E_RESOURCES'] ?? resolve(REPO_ROOT, 'resources'));
export const SHARED_FIXTURES = resolve(REPO_ROOT, '../shared/fixtures/import');
/** Screenshots and generated inputs; ignored by git. */
export const TMP_DIR = resolve(REPO_ROOT, 'tests/.tmp');

export function requireBuiltRenderer(): void {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` (npm run test:e2e does) first`);
  }
}
