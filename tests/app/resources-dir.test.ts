// SPDX-License-Identifier: MIT
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDirectory } from '../../src-main/app/resources-dir';

describe('resourcesDirectory', () => {
  it('is resources/ of the checkout when running unpackaged', () => {
    expect(resourcesDirectory(false, '/src/leakline', '/opt/electron/resources')).toBe(join('/src/leakline', 'resources'));
  });

  it("is Electron's resources folder once packaged, not the inside of app.asar", () => {
    expect(resourcesDirectory(true, '/opt/Leakline/resources/app.asar', '/opt/Leakline/resources')).toBe('/opt/Leakline/resources');
  });
});
