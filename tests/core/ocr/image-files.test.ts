// SPDX-License-Identifier: MIT
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { expandImagePaths, fileImageKind, imageKind } from '../../../src-main/core/ocr/image-files';

/** The first bytes of each kind of file, as cameras, phones and chat apps write them. */
const HEADS = {
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0x10, 0, 0]), Buffer.from('WEBPVP8 ')]),
  heic: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0])]),
  avifLike: Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.from([0, 0, 0, 0])]),
  sms: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><smses count="1">'),
};

describe('imageKind', () => {
  it.each([
    ['png', HEADS.png],
    ['jpeg', HEADS.jpeg],
    ['webp', HEADS.webp],
    ['heic', HEADS.heic],
  ] as const)('recognises %s by its first bytes', (kind, head) => {
    expect(imageKind(head)).toBe(kind);
  });

  it('recognises the other HEIF brands iPhones write', () => {
    for (const brand of ['heix', 'hevc', 'mif1']) {
      expect(imageKind(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`)]))).toBe('heic');
    }
  });

  it('returns null for files that are not screenshots', () => {
    expect(imageKind(HEADS.sms)).toBeNull();
    expect(imageKind(HEADS.avifLike)).toBeNull();
    expect(imageKind(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(imageKind(new Uint8Array(0))).toBeNull();
    expect(imageKind(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});

describe('expandImagePaths', () => {
  let dir: string;
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-ocr-files-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('detects the kind from the content, not the name', async () => {
    // WeChat saves JPEGs under .png names.
    expect(await fileImageKind(file('mmexport1713430000000.png', HEADS.jpeg))).toBe('jpeg');
    expect(await fileImageKind(file('tiny', Buffer.from([0x89])))).toBeNull();
  });

  it('lists the images in a folder with numbers in names compared as numbers', async () => {
    mkdirSync(join(dir, 'shots'));
    for (const name of ['IMG_10.PNG', 'IMG_2.png', 'IMG_1.jpg', 'Screenshot_2025-04-18-09-41-07.webp']) writeFileSync(join(dir, 'shots', name), name.endsWith('.jpg') ? HEADS.jpeg : name.endsWith('.webp') ? HEADS.webp : HEADS.png);
    const files = await expandImagePaths([join(dir, 'shots')]);
    expect(files.map((f) => f.slice(join(dir, 'shots').length + 1))).toEqual(['IMG_1.jpg', 'IMG_2.png', 'IMG_10.PNG', 'Screenshot_2025-04-18-09-41-07.webp']);
  });

  it('skips non-images, HEIC photos, hidden files and subfolders inside a folder', async () => {
    mkdirSync(join(dir, 'shots'));
    mkdirSync(join(dir, 'shots', 'IMG_3.png'));
    writeFileSync(join(dir, 'shots', 'IMG_1.png'), HEADS.png);
    writeFileSync(join(dir, 'shots', 'IMG_2.HEIC'), HEADS.heic);
    writeFileSync(join(dir, 'shots', 'sms-backup.xml'), HEADS.sms);
    writeFileSync(join(dir, 'shots', '.IMG_4.png'), HEADS.png);
    writeFileSync(join(dir, 'shots', 'IMG_5.png'), HEADS.sms);
    expect(await expandImagePaths([join(dir, 'shots')])).toEqual([join(dir, 'shots', 'IMG_1.png')]);
  });

  it('keeps files named directly in the order given, before and after folders', async () => {
    const b = file('b.png', HEADS.png);
    const a = file('a.jpg', HEADS.jpeg);
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'c.webp'), HEADS.webp);
    expect(await expandImagePaths([b, join(dir, 'more'), a])).toEqual([b, join(dir, 'more', 'c.webp'), a]);
  });

  it('rejects a named file that is not an image with a clear message', async () => {
    const path = file('sms-backup.png', HEADS.sms);
    const err = await expandImagePaths([path]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err).toMatchObject({ code: 'UNKNOWN_FORMAT', file: path });
    expect((err as Error).message).toBe(`${path}: not a PNG, JPEG or WebP image`);
  });

  it('rejects a named HEIC photo and says how to get a JPEG instead', async () => {
    const path = file('IMG_0042.HEIC', HEADS.heic);
    const err = await expandImagePaths([path]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err).toMatchObject({ code: 'UNKNOWN_FORMAT', file: path });
    expect((err as Error).message).toContain('HEIC photos are not supported');
    expect((err as Error).message).toContain('Most Compatible');
  });

  it('reports a missing path as FILE_NOT_FOUND naming it', async () => {
    const path = join(dir, 'gone', 'IMG_1.png');
    const err = await expandImagePaths([path]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err).toMatchObject({ code: 'FILE_NOT_FOUND', file: path });
    expect((err as Error).message).toContain(path);
  });

  it('returns nothing for an empty folder', async () => {
    mkdirSync(join(dir, 'empty'));
    expect(await expandImagePaths([join(dir, 'empty')])).toEqual([]);
  });
});
