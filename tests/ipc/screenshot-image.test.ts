// SPDX-License-Identifier: MIT
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaklineError } from '../../src-main/core/errors';
import { isReadableScreenshot, screenshotImage } from '../../src-main/ipc/screenshot-image';

describe('screenshotImage', () => {
  let dir: string;
  let png: Buffer;
  let jpeg: Buffer;
  let webp: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakline-screenshot-image-'));
    const raw = { raw: { width: 4, height: 4, channels: 3 as const } };
    const pixels = Buffer.alloc(4 * 4 * 3, 200);
    png = await sharp(pixels, raw).png().toBuffer();
    jpeg = await sharp(pixels, raw).jpeg().toBuffer();
    webp = await sharp(pixels, raw).webp().toBuffer();
    mkdirSync(join(dir, 'shots', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'shots', 'IMG_1.png'), png);
    // Chat apps save JPEGs under .png names.
    writeFileSync(join(dir, 'shots', 'IMG_2.png'), jpeg);
    writeFileSync(join(dir, 'shots', 'IMG_3.webp'), webp);
    writeFileSync(join(dir, 'shots', 'nested', 'IMG_4.png'), png);
    writeFileSync(join(dir, 'shots', 'notes.png'), '催收记录：张三 13800138000');
    writeFileSync(join(dir, 'shots', 'IMG_5.HEIC'), Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(8)]));
    writeFileSync(join(dir, 'single.jpg'), jpeg);
    writeFileSync(join(dir, 'beside.jpg'), jpeg);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const folderAllowed = () => new Set([join(dir, 'shots')]);
  const rejection = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err);

  it('returns a file the page asked to read, with its mime type and bytes', async () => {
    const image = await screenshotImage(join(dir, 'single.jpg'), new Set([join(dir, 'single.jpg')]));
    expect(image.mime).toBe('image/jpeg');
    expect(Buffer.from(image.base64, 'base64').equals(jpeg)).toBe(true);
  });

  it('returns images directly inside a folder the page asked to read', async () => {
    const image = await screenshotImage(join(dir, 'shots', 'IMG_1.png'), folderAllowed());
    expect(image.mime).toBe('image/png');
    expect(Buffer.from(image.base64, 'base64').equals(png)).toBe(true);
  });

  it('takes the mime type from the content, not the file name', async () => {
    expect((await screenshotImage(join(dir, 'shots', 'IMG_2.png'), folderAllowed())).mime).toBe('image/jpeg');
    expect((await screenshotImage(join(dir, 'shots', 'IMG_3.webp'), folderAllowed())).mime).toBe('image/webp');
  });

  it('refuses a file beside the one the page asked for', async () => {
    const err = await rejection(screenshotImage(join(dir, 'beside.jpg'), new Set([join(dir, 'single.jpg')])));
    expect(err).toBeInstanceOf(LeaklineError);
    expect(err).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses files in subfolders of an allowed folder', async () => {
    expect(isReadableScreenshot(join(dir, 'shots', 'nested', 'IMG_4.png'), folderAllowed())).toBe(false);
    await expect(screenshotImage(join(dir, 'shots', 'nested', 'IMG_4.png'), folderAllowed())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses paths that climb out of an allowed folder', async () => {
    const climbing = join(dir, 'shots', '..', 'beside.jpg');
    expect(isReadableScreenshot(climbing, folderAllowed())).toBe(false);
    await expect(screenshotImage(climbing, folderAllowed())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('accepts a relative spelling of an allowed path', () => {
    const relative = join(dir, 'shots', '.', 'IMG_1.png');
    expect(isReadableScreenshot(relative, folderAllowed())).toBe(true);
  });

  it('refuses everything when nothing is being reviewed', async () => {
    await expect(screenshotImage(join(dir, 'single.jpg'), new Set())).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses an allowed file that is not an image, without returning its content', async () => {
    const err = await rejection(screenshotImage(join(dir, 'shots', 'notes.png'), folderAllowed()));
    expect(err).toMatchObject({ code: 'UNKNOWN_FORMAT' });
    expect((err as Error).message).not.toContain('张三');
  });

  it('refuses a HEIC photo, which the page cannot show', async () => {
    await expect(screenshotImage(join(dir, 'shots', 'IMG_5.HEIC'), folderAllowed())).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('refuses the allowed folder itself', async () => {
    await expect(screenshotImage(join(dir, 'shots'), new Set([join(dir, 'shots')]))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('says FILE_NOT_FOUND when an allowed screenshot has been deleted', async () => {
    await expect(screenshotImage(join(dir, 'shots', 'IMG_9.png'), folderAllowed())).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
