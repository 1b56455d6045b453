// SPDX-License-Identifier: MIT
import { safeStorage } from 'electron';
import type { KeyCipher } from './key-store';

/** Electron's safeStorage as the key store's cipher. Call only after the app is ready. */
export function safeStorageCipher(): KeyCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    linuxBackend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (wrapped) => safeStorage.decryptString(wrapped),
  };
}
