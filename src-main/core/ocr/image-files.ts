// SPDX-License-Identifier: MIT
// Which inputs are screenshots: image files by their first bytes (names lie, and chat apps save
// JPEGs as .png), and folders of them in the order people number their screenshots, so a long
// conversation captured in parts is read top to bottom.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportInputError } from '../errors';

export type ImageKind = 'png' | 'jpeg' | 'webp' | 'heic';

export function imageKind(head: Uint8Array): ImageKind | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|mif1|msf1)$/.test(ascii(8, 12))) return 'heic';
  return null;
}

export async function fileImageKind(path: string): Promise<ImageKind | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    return imageKind(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function unsupported(path: string, kind: ImageKind | null): never {
  throw new ImportInputError(
    'UNKNOWN_FORMAT',
    path,
    kind === 'heic'
      ? 'HEIC photos are not supported; on the iPhone, set Camera › Formats › Most Compatible, or share the screenshot as JPEG'
      : 'not a PNG, JPEG or WebP image',
  );
}

/**
 * The screenshots among `paths`: image files as given, and the images directly inside folders
 * (sorted by name, numbers in names compared as numbers). Non-image files inside a folder are
 * skipped; a non-image file named directly is an error.
 */
export async function expandImagePaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((err: unknown) => {
      throw new ImportInputError('FILE_NOT_FOUND', path, 'no such file or folder', null, { cause: err });
    });
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort(byName.compare);
      for (const name of names) {
        const file = join(path, name);
        if (!(await stat(file)).isFile()) continue;
        const kind = await fileImageKind(file);
        if (kind && kind !== 'heic') files.push(file);
      }
      continue;
    }
    const kind = await fileImageKind(path);
    if (kind === null || kind === 'heic') unsupported(path, kind);
    files.push(path);
  }
  return files;
}
