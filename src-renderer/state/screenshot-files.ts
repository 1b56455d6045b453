// SPDX-License-Identifier: MIT
// Which picked or dropped files are screenshots to read by OCR rather than backups to import. The
// page decides by the name alone: an image needs no preview, and a HEIC photo (what iPhones save by
// default) is named as not supported instead of failing deep inside the OCR job.

export type ImageKind = 'screenshot' | 'heic';

const SCREENSHOT_EXTENSIONS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'webp']);
const HEIC_EXTENSIONS: ReadonlySet<string> = new Set(['heic', 'heif']);

function extensionOf(path: string): string {
  const name = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** 'screenshot' for an image OCR can read, 'heic' for one it cannot, null for anything else. */
export function imageKind(path: string): ImageKind | null {
  const extension = extensionOf(path);
  if (SCREENSHOT_EXTENSIONS.has(extension)) return 'screenshot';
  if (HEIC_EXTENSIONS.has(extension)) return 'heic';
  return null;
}
