// SPDX-License-Identifier: MIT
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { fileName, formatDateRange, formatDateTime, formatNumber, formatUtc } from '../../../src-renderer/i18n/format';

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

  it('takes the last segment of Windows and POSIX paths', () => {
    expect(fileName('C:\\Users\\me\\sms-2024.xml')).toBe('sms-2024.xml');
    expect(fileName('/home/me/backups/sms.xml')).toBe('sms.xml');
    expect(fileName('sms.xml')).toBe('sms.xml');
  });
});
