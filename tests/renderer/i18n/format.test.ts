// SPDX-License-Identifier: MIT
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { fileName, formatBytes, formatList, formatDateRange, formatDateTime, formatNumber, formatUtc } from '../../../src-renderer/i18n/format';

describe('format', () => {
  const instant = Date.UTC(2024, 2, 4, 16, 5, 9); // 2024-03-05 00:05:09 in Beijing

  it('writes UTC the same way in every locale', () => {
    expect(formatUtc(instant)).toBe('2024-03-04 16:05:09 UTC');
  });

  it('writes local time on a 24-hour clock', () => {
    const text = formatDateTime('zh-CN', instant);
    expect(text).toContain('2024');
    expect(text).toContain('00:05:09');
    expect(formatDateTime('en', Date.UTC(2024, 2, 5, 5, 0, 0))).toContain('13:00:00');
  });

  it('groups digits by locale', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
  });

  it('needs both ends for a range', () => {
    expect(formatDateRange('en', null, instant)).toBeNull();
    expect(formatDateRange('zh-CN', instant, instant)).toMatch(/2024.+–.+2024/);
  });

  it('writes file sizes in the largest 1024-step unit that stays at or above 1', () => {
    expect(formatBytes('en', 512)).toMatch(/^512 (B|byte)$/);
    expect(formatBytes('en', 1536)).toBe('1.5 kB');
    expect(formatBytes('zh-CN', 12.3 * 1024 * 1024)).toBe('12.3 MB');
    expect(formatBytes('en', 5 * 1024 ** 4)).toBe('5,120 GB');
    expect(formatBytes('en', -1)).toMatch(/^0 /);
  });

  it('joins a short list the way each language does', () => {
    expect(formatList('en', ['Text', 'Time'])).toBe('Text and Time');
    expect(formatList('zh-CN', ['内容', '时间'])).toBe('内容和时间');
    expect(formatList('zh-CN', ['a.xml'])).toBe('a.xml');
  });

  it('takes the last segment of Windows and POSIX paths', () => {
    expect(fileName('C:\\Users\\me\\sms-2024.xml')).toBe('sms-2024.xml');
    expect(fileName('/home/me/backups/sms.xml')).toBe('sms.xml');
    expect(fileName('sms.xml')).toBe('sms.xml');
  });
});
