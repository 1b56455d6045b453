// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../src-main/app/permission-policy';

describe('permission policy', () => {
  it('lets our own page write text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://leakline/index.html')).toBe(true);
  });

  it.each([
    ['clipboard-read', 'app://leakline/index.html'],
    ['media', 'app://leakline/index.html'],
    ['geolocation', 'app://leakline/index.html'],
    ['notifications', 'app://leakline/index.html'],
    ['clipboard-sanitized-write', 'https://evil.example/'],
    ['clipboard-sanitized-write', 'file:///etc/passwd'],
  ])('refuses %s for %s', (permission, url) => {
    expect(isPermissionAllowed(permission, url)).toBe(false);
  });

  it('refuses a request whose origin is unknown', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});
