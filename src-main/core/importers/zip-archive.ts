// SPDX-License-Identifier: MIT
// Zip archives of backups are read in place, entry by entry, through yauzl (which checks that each
// entry inflates to exactly the size its header declares, so a header cannot lie about a bomb).
// Limits refuse archives built to exhaust memory or disk before any byte is inflated.
import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportInputError } from '../errors';
import type { ByteSource } from '../import/records';

export const ZIP_LIMITS = {
  maxEntries: 10_000,
  /** Per entry; real SMS backups stay far below (a 2 GB SBR XML is the largest seen). */
  maxEntryBytes: 8 * 1024 ** 3,
  maxTotalBytes: 32 * 1024 ** 3,
  /** Text compresses about 10:1, media barely; beyond this an entry is a decompression bomb. */
  maxRatio: 200,
  /** Below this size a high ratio is harmless (a file of repeated lines). */
  ratioFloorBytes: 64 * 1024 ** 2,
};

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function isZip(head: Buffer): boolean {
  return head.subarray(0, 4).equals(ZIP_MAGIC);
}

const openZip = promisify<string, yauzl.Options, ZipFile>(yauzl.open);

/** Entries a phone or a zip tool adds that are never backups. */
function isJunk(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(name) || /(^|\/)\._/.test(name);
}

export interface ZipEntrySource extends ByteSource {
  entryName: string;
}

/**
 * Lists the archive's file entries as ByteSources after checking the limits. The returned close()
 * must be called when done; each open() inflates its entry afresh.
 */
export async function openZipEntries(path: string): Promise<{ entries: ZipEntrySource[]; close: () => void }> {
  let zip: ZipFile;
  try {
    zip = await openZip(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch (err) {
    throw new ImportInputError('MALFORMED_INPUT', path, `not a readable zip archive (${(err as Error).message})`, null, { cause: err });
  }
  const entries: ZipEntrySource[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        if (entries.length >= ZIP_LIMITS.maxEntries) {
          reject(new ImportInputError('MALFORMED_INPUT', path, `the archive has more than ${ZIP_LIMITS.maxEntries} entries`));
          return;
        }
        const problem = entryProblem(entry);
        if (problem) {
          reject(new ImportInputError('MALFORMED_INPUT', `${path}!/${entry.fileName}`, problem));
          return;
        }
        total += entry.uncompressedSize;
        if (total > ZIP_LIMITS.maxTotalBytes) {
          reject(new ImportInputError('MALFORMED_INPUT', path, 'the archive inflates to more than 32 GiB: refused as a zip bomb'));
          return;
        }
        // Entries each under the per-entry floor can still add up to a bomb (500 entries of 64 MiB
        // from a 33 MB file passed every check above), so the ratio is also held for the whole file.
        const ratio = total / Math.max(zip.fileSize, 1);
        if (total > ZIP_LIMITS.ratioFloorBytes && ratio > ZIP_LIMITS.maxRatio) {
          reject(new ImportInputError('MALFORMED_INPUT', path, `the archive inflates ${Math.round(ratio)} times its size: refused as a zip bomb`));
          return;
        }
        if (!isJunk(entry.fileName)) entries.push(entrySource(zip, path, entry));
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (err) {
    zip.close();
    if (err instanceof ImportInputError) throw err;
    throw new ImportInputError('MALFORMED_INPUT', path, `the zip archive is damaged (${(err as Error).message})`, null, { cause: err });
  }
  return { entries, close: () => zip.close() };
}

function entryProblem(entry: Entry): string | null {
  if (entry.isEncrypted()) return 'the entry is password-protected; unzip it with its password first';
  if (entry.uncompressedSize > ZIP_LIMITS.maxEntryBytes) return 'the entry inflates to more than 8 GiB: refused';
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && ratio > ZIP_LIMITS.maxRatio) {
    return `the entry inflates ${Math.round(ratio)} times its compressed size: refused as a zip bomb`;
  }
  return null;
}

const openReadStream = (zip: ZipFile, entry: Entry) =>
  promisify<Entry, NodeJS.ReadableStream>(zip.openReadStream.bind(zip))(entry);

/**
 * An entry that fails while it inflates: deflate data that is damaged, or more bytes than the
 * header declares, which yauzl stops at (a header that lies about a bomb). Both are the archive's
 * fault, so they are reported as such rather than as zlib's or yauzl's bare errors (found by
 * tests/fuzz/importers-text.fuzz.ts).
 */
function inflateError(name: string, entry: Entry, err: unknown): ImportInputError {
  const message = err instanceof Error ? err.message : String(err);
  const detail = /too many bytes/i.test(message)
    ? `the entry inflates to more than the ${entry.uncompressedSize} bytes its header declares: refused (a damaged archive or a zip bomb)`
    : `the entry is damaged and cannot be inflated (${message})`;
  return new ImportInputError('MALFORMED_INPUT', name, detail, null, { cause: err });
}

function entrySource(zip: ZipFile, path: string, entry: Entry): ZipEntrySource {
  const name = `${path}!/${entry.fileName}`;
  return {
    name,
    entryName: entry.fileName,
    size: entry.uncompressedSize,
    open: () => ({
      async *[Symbol.asyncIterator]() {
        let stream: NodeJS.ReadableStream;
        try {
          stream = await openReadStream(zip, entry);
        } catch (err) {
          throw inflateError(name, entry, err);
        }
        try {
          for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
        } catch (err) {
          throw inflateError(name, entry, err);
        }
      },
    }),
  };
}
