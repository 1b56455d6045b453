// SPDX-License-Identifier: MIT
// The same flows in Electron itself. Skipped, saying why, where the Electron binary is absent (it
// is downloaded by the electron package's postinstall, which offline machines skip).
import { describe, it } from 'vitest';
import { defineAppFlows } from './app-flows';
import { findElectron, launchElectron } from './harness/electron-driver';

const electron = findElectron();

if ('path' in electron) {
  defineAppFlows('electron', { launch: () => launchElectron(electron.path) });
} else {
  describe('electron', () => {
    it.skip(`runs the app flows in Electron — skipped: ${electron.missing}`, () => {});
  });
}
