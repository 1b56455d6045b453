// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { imageKind } from '../../../src-renderer/state/screenshot-files';

describe('imageKind', () => {
  it('takes PNG, JPEG and WebP images as screenshots whatever the case of the extension', () => {
    expect(imageKind('/home/li/Pictures/Screenshot_20250416-130912.png')).toBe('screenshot');
    expect(imageKind('C:\\Users\\li\\微信图片_20250416.JPG')).toBe('screenshot');
    expect(imageKind('/tmp/截屏 2025-04-16 13.09.jpeg')).toBe('screenshot');
    expect(imageKind('/tmp/forwarded.webp')).toBe('screenshot');
  });

  it('names HEIC photos apart so the page can say they are not supported', () => {
    expect(imageKind('/Volumes/iPhone/IMG_0412.HEIC')).toBe('heic');
    expect(imageKind('/tmp/live.heif')).toBe('heic');
  });

  it('leaves backups, folders and names that only look like images to the import preview', () => {
    expect(imageKind('/home/li/sms-20250416.xml')).toBeNull();
    expect(imageKind('/home/li/mmssms.db')).toBeNull();
    expect(imageKind('/home/li/截图/')).toBeNull();
    expect(imageKind('/home/li/png')).toBeNull();
    expect(imageKind('/home/li/.png')).toBeNull();
    expect(imageKind('/home/li/photos.png/')).toBe('screenshot');
  });
});
