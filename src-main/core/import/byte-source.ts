// SPDX-License-Identifier: MIT
import { createReadStream, statSync } from 'node:fs';
import type { ByteSource } from './records';

const CHUNK_BYTES = 64 * 1024;

/** A file on disk as a ByteSource; a missing file surfaces as ENOENT when it is opened. */
export function fileSource(path: string): ByteSource {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // Reported by the reader, which names the file.
  }
  return {
    name: path,
    size,
    open: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>,
  };
}
