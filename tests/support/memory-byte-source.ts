// SPDX-License-Identifier: MIT
// ByteSources held in memory, cut into chunks of a chosen size so that tests can put a chunk
// boundary inside a multi-byte character or an escape sequence.
import type { ByteSource, ImportRecord, ReadOptions, StreamImporter } from '../../src-main/core/import/records';

export function memorySource(bytes: Buffer | string, options: { name?: string; chunkSize?: number | readonly number[] } = {}): ByteSource {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const sizes = options.chunkSize ?? 64 * 1024;
  return {
    name: options.name ?? 'memory-export',
    size: buffer.length,
    async *open() {
      let offset = 0;
      let i = 0;
      while (offset < buffer.length) {
        const size = typeof sizes === 'number' ? sizes : (sizes[i++ % sizes.length] ?? 1);
        yield buffer.subarray(offset, offset + Math.max(1, size));
        offset += Math.max(1, size);
      }
    },
  };
}

/** Every record of a read, and the sizes of the batches they came in. */
export async function readAll(importer: StreamImporter, source: ByteSource, options: ReadOptions = {}): Promise<{ records: ImportRecord[]; batches: number[] }> {
  const records: ImportRecord[] = [];
  const batches: number[] = [];
  for await (const batch of importer.read(source, options)) {
    records.push(...batch);
    batches.push(batch.length);
  }
  return { records, batches };
}

/** The error a read ends with; fails the test when it ends without one. */
export async function readError(importer: StreamImporter, source: ByteSource, options: ReadOptions = {}): Promise<Error> {
  try {
    await readAll(importer, source, options);
  } catch (err) {
    if (err instanceof Error) return err;
    throw err;
  }
  throw new Error(`${source.name} was read without error`);
}
