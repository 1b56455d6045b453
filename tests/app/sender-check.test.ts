// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustedOrigins } from '../../src-main/app/sender-check';

describe('isTrustedSender', () => {
  const built = trustedOrigins(null);

  it("trusts our window's main frame showing app://leakline", () => {
    expect(isTrustedSender({ frameUrl: 'app://leakline/index.html', isOurMainFrame: true }, built)).toBe(true);
  });

  it('refuses a subframe or another window even on our origin', () => {
    expect(isTrustedSender({ frameUrl: 'app://leakline/index.html', isOurMainFrame: false }, built)).toBe(false);
  });

  it('refuses a main frame that navigated elsewhere, or is gone', () => {
    expect(isTrustedSender({ frameUrl: 'https://example.com/', isOurMainFrame: true }, built)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'app://leakline.evil/index.html', isOurMainFrame: true }, built)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/index.html', isOurMainFrame: true }, built)).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isOurMainFrame: true }, built)).toBe(false);
  });

  it('trusts the dev server only when one is running', () => {
    const page = { frameUrl: 'http://localhost:5173/', isOurMainFrame: true };
    expect(isTrustedSender(page, built)).toBe(false);
    expect(isTrustedSender(page, trustedOrigins('http://localhost:5173'))).toBe(true);
    expect(isTrustedSender({ ...page, frameUrl: 'http://localhost:5174/' }, trustedOrigins('http://localhost:5173'))).toBe(false);
  });
});
