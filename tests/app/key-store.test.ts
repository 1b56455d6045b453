// SPDX-License-Identifier: MIT
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyStoreError, loadOrCreateDbKey, type KeyCipher } from '../../src-main/app/key-store';

/** A real AES-256-GCM cipher standing in for the OS key store, which only Electron can reach. */
function aesCipher(options: { available?: boolean; backend?: string | null } = {}): KeyCipher {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => options.available ?? true,
    linuxBackend: () => options.backend ?? null,
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(wrapped) {
      const d = createDecipheriv('aes-256-gcm', secret, wrapped.subarray(0, 12));
      d.setAuthTag(wrapped.subarray(12, 28));
      return Buffer.concat([d.update(wrapped.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

let dir: string;
let keyFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-key-'));
  keyFile = join(dir, 'db.key');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function problemOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    if (err instanceof KeyStoreError) return err.problem;
    throw err;
  }
  throw new Error('expected a KeyStoreError');
}

describe('loadOrCreateDbKey', () => {
  it('creates a random 32-byte key on first run and returns the same key afterwards', () => {
    const cipher = aesCipher();
    const first = loadOrCreateDbKey(keyFile, cipher, true);
    expect(first).toHaveLength(32);
    expect(loadOrCreateDbKey(keyFile, cipher, false).equals(first)).toBe(true);
    expect(loadOrCreateDbKey(join(dir, 'other.key'), cipher, true).equals(first)).toBe(false);
  });

  it('stores only the wrapped key, readable by the owner alone', () => {
    const key = loadOrCreateDbKey(keyFile, aesCipher(), true);
    const onDisk = readFileSync(keyFile);
    expect(onDisk.includes(key)).toBe(false);
    expect(onDisk.includes(Buffer.from(key.toString('hex')))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o077).toBe(0);
    expect(existsSync(`${keyFile}.partial`)).toBe(false);
  });

  it('refuses when the system offers no key store', () => {
    expect(problemOf(() => loadOrCreateDbKey(keyFile, aesCipher({ available: false }), true))).toEqual({
      kind: 'unavailable',
    });
    expect(existsSync(keyFile)).toBe(false);
  });

  it("refuses Linux's basic_text fallback, whose password is public", () => {
    expect(problemOf(() => loadOrCreateDbKey(keyFile, aesCipher({ backend: 'basic_text' }), true))).toEqual({
      kind: 'weak-backend',
      backend: 'basic_text',
    });
  });

  it('accepts a real Linux secret store', () => {
    expect(loadOrCreateDbKey(keyFile, aesCipher({ backend: 'gnome_libsecret' }), true)).toHaveLength(32);
  });

  it('will not invent a new key for a database that already exists', () => {
    expect(problemOf(() => loadOrCreateDbKey(keyFile, aesCipher(), false))).toEqual({ kind: 'key-missing', keyFile });
    expect(existsSync(keyFile)).toBe(false);
  });

  it('reports a key another key store wrapped instead of replacing it', () => {
    loadOrCreateDbKey(keyFile, aesCipher(), true);
    const before = readFileSync(keyFile);
    expect(problemOf(() => loadOrCreateDbKey(keyFile, aesCipher(), true))).toMatchObject({ kind: 'key-unreadable', keyFile });
    expect(readFileSync(keyFile).equals(before)).toBe(true);
  });

  it('reports an unwrapped key of the wrong shape', () => {
    const cipher = aesCipher();
    writeFileSync(keyFile, cipher.encryptString('not-a-hex-key'));
    expect(problemOf(() => loadOrCreateDbKey(keyFile, cipher, true))).toMatchObject({ kind: 'key-unreadable' });
  });
});
