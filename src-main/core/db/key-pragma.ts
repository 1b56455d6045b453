// SPDX-License-Identifier: MIT
// How a DbKey is written into sqlite3mc's `PRAGMA key` and `PRAGMA rekey`: one place, so that the
// key a database is opened with and the key it is rekeyed to can never be spelled differently.
import { LeaklineError } from '../errors';
import type { DbKey } from './open';

/** sqlite3mc's default is ChaCha20-Poly1305; naming it keeps files readable if the default changes. */
export const CIPHER_PRAGMA = `cipher = 'chacha20'`;

const RAW_KEY_BYTES = 32;

/** The value after `key =` or `rekey =`, checked: a raw key of the wrong length or an empty passphrase is refused. */
export function keyPragmaValue(key: NonNullable<DbKey>): string {
  if (key.kind === 'raw') {
    if (key.bytes.length !== RAW_KEY_BYTES) throw new LeaklineError('BAD_REQUEST', 'the database key must be 32 bytes');
    // x'..' hands sqlite3mc the bytes directly, skipping its passphrase KDF (the key is already random).
    return `"x'${key.bytes.toString('hex')}'"`;
  }
  if (key.text.length === 0) throw new LeaklineError('BAD_REQUEST', 'the passphrase is empty');
  return `'${key.text.replaceAll("'", "''")}'`;
}
