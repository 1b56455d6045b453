// SPDX-License-Identifier: MIT
// A database key as it crosses into a worker thread: structured clone turns a Buffer into a plain
// Uint8Array, so raw keys travel as one and become a Buffer again on the other side.
import type { DbKey } from './open';

export type TransferableKey = { kind: 'raw'; bytes: Uint8Array } | { kind: 'passphrase'; text: string } | null;

export function toTransferableKey(key: DbKey): TransferableKey {
  if (key === null) return null;
  return key.kind === 'raw' ? { kind: 'raw', bytes: new Uint8Array(key.bytes) } : key;
}

export function fromTransferableKey(key: TransferableKey): DbKey {
  if (key === null) return null;
  return key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(key.bytes) } : key;
}
