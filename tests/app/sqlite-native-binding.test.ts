// SPDX-License-Identifier: MIT
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteNativeBinding } from '../../src-main/app/sqlite-native-binding';

const RESOURCES = join('/opt', 'Leakline', 'resources');
const PACKAGED = { isPackaged: true, appPath: join(RESOURCES, 'app.asar'), resourcesPath: RESOURCES };
const CHECKOUT = { isPackaged: false, appPath: join('/src', 'leakline'), resourcesPath: join('/src', 'leakline', 'node_modules', 'electron', 'dist', 'resources') };

const UNPACKED_ADDON = join(RESOURCES, 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');

function only(...files: string[]): (file: string) => boolean {
  return (file) => files.includes(file);
}

describe('sqliteNativeBinding', () => {
  it('names the addon electron-builder rebuilt and left unpacked beside app.asar once packaged', () => {
    expect(sqliteNativeBinding(PACKAGED, only(UNPACKED_ADDON))).toBe(UNPACKED_ADDON);
  });

  it('never names a path inside app.asar itself', () => {
    const seen: string[] = [];
    sqliteNativeBinding(PACKAGED, (file) => {
      seen.push(file);
      return true;
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.split(/[\\/]/)).not.toContain('app.asar');
  });

  it("leaves the driver to find its own addon when the packaged app has no unpacked copy", () => {
    expect(sqliteNativeBinding(PACKAGED, only())).toBeUndefined();
  });

  it('names the Electron build in out/native when running from a checkout', () => {
    const built = join(CHECKOUT.appPath, 'out', 'native', 'better_sqlite3.node');
    expect(sqliteNativeBinding(CHECKOUT, only(built))).toBe(built);
  });

  it('ignores an unpacked-looking path when running from a checkout', () => {
    expect(sqliteNativeBinding(CHECKOUT, only(UNPACKED_ADDON))).toBeUndefined();
  });
});
