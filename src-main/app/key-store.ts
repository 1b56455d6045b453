// SPDX-License-Identifier: MIT
// The database key: 32 random bytes made on first run, kept on disk only wrapped by the operating
// system's secret store (Electron safeStorage: Keychain, DPAPI, libsecret/kwallet). The cipher is
// passed in so this logic runs without Electron; main.ts hands it safeStorage.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { KEY_FILE_NAME, KEY_PARTIAL_SUFFIX } from '../core/paths/leakline-files';

// Named in core so that "wipe everything" finds the key file without importing the app.
export { KEY_FILE_NAME };
const KEY_BYTES = 32;

/** The slice of Electron's safeStorage the key store needs. */
export interface KeyCipher {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store backs the cipher; null elsewhere. */
  linuxBackend(): string | null;
  encryptString(plain: string): Buffer;
  decryptString(wrapped: Buffer): string;
}

export type KeyStoreProblem =
  /** The OS offers no secret store at all. */
  | { kind: 'unavailable' }
  /** Linux fell back to Chromium's "basic_text" store: a hard-coded password, i.e. no protection. */
  | { kind: 'weak-backend'; backend: string }
  /** A database exists but its wrapped key does not: creating a new key would not open it. */
  | { kind: 'key-missing'; keyFile: string }
  /** The wrapped key exists but the secret store cannot unwrap it (another user, a reset keyring). */
  | { kind: 'key-unreadable'; keyFile: string; reason: string };

export class KeyStoreError extends Error {
  constructor(readonly problem: KeyStoreProblem) {
    super(`key store: ${problem.kind}`);
    this.name = 'KeyStoreError';
  }
}

function checkCipher(cipher: KeyCipher): void {
  if (!cipher.isEncryptionAvailable()) throw new KeyStoreError({ kind: 'unavailable' });
  const backend = cipher.linuxBackend();
  if (backend === 'basic_text' || backend === 'unknown') throw new KeyStoreError({ kind: 'weak-backend', backend });
}

function unwrap(keyFile: string, cipher: KeyCipher): Buffer {
  let hex: string;
  try {
    hex = cipher.decryptString(readFileSync(keyFile));
  } catch (err) {
    throw new KeyStoreError({ kind: 'key-unreadable', keyFile, reason: (err as Error).message });
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new KeyStoreError({ kind: 'key-unreadable', keyFile, reason: 'the unwrapped key has the wrong shape' });
  }
  return Buffer.from(hex, 'hex');
}

/**
 * Returns the database key, creating and storing it when there is none yet.
 * `mayCreate` is false when a database already exists: a fresh key could never open it.
 */
export function loadOrCreateDbKey(keyFile: string, cipher: KeyCipher, mayCreate: boolean): Buffer {
  checkCipher(cipher);
  if (existsSync(keyFile)) return unwrap(keyFile, cipher);
  if (!mayCreate) throw new KeyStoreError({ kind: 'key-missing', keyFile });
  const key = randomBytes(KEY_BYTES);
  const wrapped = cipher.encryptString(key.toString('hex'));
  // Written beside the target and renamed, so a crash never leaves half a key behind.
  const partial = keyFile + KEY_PARTIAL_SUFFIX;
  writeFileSync(partial, wrapped, { mode: 0o600 });
  renameSync(partial, keyFile);
  return key;
}
