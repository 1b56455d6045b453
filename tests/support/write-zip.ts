// SPDX-License-Identifier: MIT
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import yazl from 'yazl';

export interface ZipEntryInput {
  name: string;
  content: Buffer | string;
  /** Store without compression (the default deflates). */
  store?: boolean;
}

/** Writes a zip archive with the given entries. */
export async function writeZip(path: string, entries: ZipEntryInput[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    zip.addBuffer(typeof e.content === 'string' ? Buffer.from(e.content) : e.content, e.name, { compress: !e.store });
  }
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, 'close');
}
