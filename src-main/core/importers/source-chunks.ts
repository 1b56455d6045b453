// SPDX-License-Identifier: MIT
// Reading a ByteSource the way every text importer does: its head on its own (to detect the
// encoding, delimiter and columns before the real pass), then every chunk with cancellation,
// progress, and a missing file reported as such.
import { CancelledError, ImportInputError } from '../errors';
import type { ByteSource, ReadOptions } from '../import/records';

/** How much of a text export detection and previews look at. */
export const HEAD_BYTES = 64 * 1024;

function fileError(name: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
    return new ImportInputError('FILE_NOT_FOUND', name, 'no such file', null, { cause: err });
  }
  return err;
}

/** The first `maxBytes` bytes (fewer if the input is shorter); the stream is closed after. */
export async function readHead(source: ByteSource, maxBytes = HEAD_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source.open()) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) break;
    }
  } catch (err) {
    throw fileError(source.name, err);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

/** Every chunk of the input, checking for cancellation before each and reporting bytes read. */
export async function* sourceChunks(source: ByteSource, { signal, onBytes }: ReadOptions): AsyncGenerator<Buffer> {
  if (signal?.aborted) throw new CancelledError();
  let bytesRead = 0;
  const iterator = source.open()[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await iterator.next();
      } catch (err) {
        throw fileError(source.name, err);
      }
      if (next.done) return;
      if (signal?.aborted) throw new CancelledError();
      bytesRead += next.value.length;
      yield next.value;
      onBytes?.(bytesRead);
    }
  } finally {
    await iterator.return?.();
  }
}
