// SPDX-License-Identifier: MIT
// The built page as Electron will load it from app://leakline/: CSP in the document, and every
// asset addressed relative to index.html so that nothing resolves to file:// or a server.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/content-security-policy';
import { RENDERER_DIR, requireBuiltRenderer } from './harness/paths';

function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
}

let html: string;
beforeAll(() => {
  requireBuiltRenderer();
  html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
});

describe('built index.html', () => {
  it('carries a Content-Security-Policy meta tag that forbids inline and remote scripts', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'CSP meta tag').not.toBeNull();
    const policy = directives(meta![1]!);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
  });

  it('agrees with the header the app:// handler sends, directive for directive', () => {
    const meta = directives(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)![1]!);
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, value] of meta) expect(header.get(name), name).toBe(value);
  });

  it('loads every script, style and icon by a relative path that exists in the build', () => {
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^\.\//);
      expect(existsSync(resolve(RENDERER_DIR, ref)), ref).toBe(true);
    }
  });

  it('has no inline script for the CSP to refuse', () => {
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => m[2]!.trim() !== '');
    expect(inline).toEqual([]);
  });

  it('refers from its CSS only to bundled files or data: URLs', () => {
    const assets = join(RENDERER_DIR, 'assets');
    for (const name of readdirSync(assets).filter((n) => n.endsWith('.css'))) {
      for (const url of cssUrls(readFileSync(join(assets, name), 'utf8'))) {
        expect(url, `${name}: ${url}`).toMatch(/^(data:|\.\/|[^/:]+(\/|$)|#)/);
      }
    }
  });
});

describe('built preload and main', () => {
  const preload = resolve(RENDERER_DIR, '../preload/index.cjs');
  const main = resolve(RENDERER_DIR, '../main/index.js');

  it('bundles the sandboxed preload into one CommonJS file that requires only electron', () => {
    const code = readFileSync(preload, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld');
  });

  it('builds the import worker beside the main entry', () => {
    const code = readFileSync(main, 'utf8');
    const worker = /"\.\/(chunks\/import-worker-[\w-]+\.js)"/.exec(code);
    expect(worker, 'worker path in out/main/index.js').not.toBeNull();
    expect(existsSync(resolve(main, '..', worker![1]!))).toBe(true);
  });
});
