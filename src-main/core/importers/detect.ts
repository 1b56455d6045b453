// SPDX-License-Identifier: MIT
// Picks the importer for a file by its content, never by its name: people rename backups, and a
// `.xml` from another app must not be half-imported as if it were SMS Backup & Restore.
import { open } from 'node:fs/promises';
import { ImportInputError } from '../errors';
import type { Importer } from '../import/records';
import { sbrXmlImporter } from './sbr-xml';

export const IMPORTERS: readonly Importer[] = [sbrXmlImporter];

const SUPPORTED_FORMATS = 'SMS Backup & Restore XML (messages or calls)';
const HEAD_BYTES = 4096;

async function readHead(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new ImportInputError('FILE_NOT_FOUND', file, 'no such file', null, { cause: err });
    }
    throw err;
  } finally {
    await handle?.close();
  }
}

export async function detectImporter(file: string): Promise<Importer> {
  const head = await readHead(file);
  if (head.length === 0) {
    throw new ImportInputError('UNKNOWN_FORMAT', file, `the file is empty; supported formats: ${SUPPORTED_FORMATS}`);
  }
  const importer = IMPORTERS.find((candidate) => candidate.sniff(head));
  if (!importer) {
    throw new ImportInputError('UNKNOWN_FORMAT', file, `not a supported backup; supported formats: ${SUPPORTED_FORMATS}`);
  }
  return importer;
}
