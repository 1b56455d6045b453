// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from '../../src-main/app/request-policy';

describe('isAllowedRequestUrl in a built app', () => {
  it('allows the app origin and devtools', () => {
    expect(isAllowedRequestUrl('app://leakline/index.html', null)).toBe(true);
    expect(isAllowedRequestUrl('app://leakline/assets/index-abc.js', null)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html', null)).toBe(true);
  });

  it('refuses the web, file:// and other app hosts', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'ws://localhost:5173/',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url, null), url).toBe(false);
    }
  });
});

describe('isAllowedRequestUrl in development', () => {
  const dev = 'http://localhost:5173/';

  it('allows the dev server and its HMR websocket', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/?token=x', dev)).toBe(true);
  });

  it('refuses other ports and hosts on the same machine', () => {
    expect(isAllowedRequestUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://localhost:5173/', dev)).toBe(false);
  });
});
