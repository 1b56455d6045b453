// SPDX-License-Identifier: MIT
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** SHA-256 of a file, streamed: evidence files can be gigabytes. */
export async function sha256File(path: string): Promise<string> {
  return sha256Stream(createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>);
}

/** SHA-256 of a stream of bytes (an archive entry). */
export async function sha256Stream(chunks: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}
