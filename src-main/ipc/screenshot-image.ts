// SPDX-License-Identifier: MIT
// Hands the review page the bytes of a screenshot it is reviewing, and nothing else: only files the
// page asked to read (or images directly inside a folder it asked to read), only images, only of a
// sensible size. The page never gets a general file-reading channel.
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LeaklineError } from '../core/errors';
import { imageKind } from '../core/ocr/image-files';

const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

export function isReadableScreenshot(path: string, allowed: ReadonlySet<string>): boolean {
  const absolute = resolve(path);
  return allowed.has(absolute) || allowed.has(dirname(absolute));
}

export async function screenshotImage(path: string, allowed: ReadonlySet<string>): Promise<{ mime: (typeof MIME)[keyof typeof MIME]; base64: string }> {
  if (!isReadableScreenshot(path, allowed)) throw new LeaklineError('BAD_REQUEST', 'only screenshots being reviewed can be shown');
  const info = await stat(path).catch((err: unknown) => {
    throw new LeaklineError('FILE_NOT_FOUND', `${path}: the screenshot is no longer there`, { cause: err });
  });
  if (!info.isFile() || info.size > MAX_IMAGE_BYTES) throw new LeaklineError('BAD_REQUEST', `${path}: not a screenshot file`);
  const bytes = await readFile(path);
  const kind = imageKind(bytes.subarray(0, 16));
  if (kind === null || kind === 'heic') throw new LeaklineError('UNKNOWN_FORMAT', `${path}: not a PNG, JPEG or WebP image`);
  return { mime: MIME[kind], base64: bytes.toString('base64') };
}
