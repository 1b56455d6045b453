// SPDX-License-Identifier: MIT
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from '../../src-main/app/app-protocol-files';

const root = resolve('/opt/leakline/out/renderer');

describe('resolveAppFile', () => {
  it('maps app://leakline/ paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://leakline/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://leakline/assets/index-B1.js')).toBe(join(root, 'assets', 'index-B1.js'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppFile(root, 'app://leakline/')).toBe(join(root, 'index.html'));
  });

  it('ignores query strings and fragments', () => {
    expect(resolveAppFile(root, 'app://leakline/assets/a.css?v=1#x')).toBe(join(root, 'assets', 'a.css'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile(root, 'app://leakline/assets/%E4%B8%AD.png')).toBe(join(root, 'assets', '中.png'));
  });

  it('refuses traversal out of the folder, however it is spelled', () => {
    for (const url of [
      'app://leakline/../../etc/passwd',
      'app://leakline/%2e%2e/%2e%2e/etc/passwd',
      'app://leakline/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://leakline/..%5c..%5cwindows%5cwin.ini',
      'app://leakline/%2fetc%2fpasswd/..%2f..',
      'app://leakline/a%00.js',
      'app://leakline/%E0%A4%A',
    ]) {
      const file = resolveAppFile(root, url);
      // Either refused, or (where the URL parser already folded the dots away) still inside root.
      if (file !== null) expect(file.startsWith(root + sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://leakline/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://leakline/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolveAppFile(root, 'app://leakline/a%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://leakline/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///opt/leakline/out/renderer/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://leakline/index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer bundle contains', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/f.woff2')).toBe('font/woff2');
  });

  it('falls back to opaque bytes for anything unknown', () => {
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});
