// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { retimeScreenshot } from '../../../src-main/core/screenshots/retime';
import { bubble, shot, ZONE } from './review-builders';

const yesterday = bubble('您的借款已逾期，今日务必处理，否则联系您的紧急联系人。', '2025-04-15T09:41:00+08:00', { time_text: '昨天 09:41' });
const weekday = bubble('【安信金融】还款提醒：本期应还2360.00元。', '2025-04-15T18:20:00+08:00', { time_text: '星期二 18:20' });
const dated = bubble('我下周一发工资就还。', '2025-03-02T20:05:00+08:00', { time_text: '2025年3月2日 20:05', direction: 'out' });

describe('retimeScreenshot', () => {
  it('resolves 昨天 against the new reference date', () => {
    const out = retimeScreenshot(shot(1, '17123456789', [yesterday]), '2025-05-02', ZONE);
    expect(out.reference_date).toBe('2025-05-02');
    expect(out.messages[0]!.time).toBe('2025-05-01T09:41:00+08:00');
    expect(out.messages[0]!.time_text).toBe('昨天 09:41');
  });

  it('resolves a weekday to the past week of the new reference date', () => {
    // 2025-05-02 is a Friday; the Tuesday before is 2025-04-29.
    const out = retimeScreenshot(shot(1, '17123456789', [weekday]), '2025-05-02', ZONE);
    expect(out.messages[0]!.time).toBe('2025-04-29T18:20:00+08:00');
  });

  it('leaves full dates, hand-typed times and other fields as they were', () => {
    const typed = bubble('好的', '2025-04-14T08:00:00+08:00', { time_text: null, direction: 'out' });
    const out = retimeScreenshot(shot(1, '17123456789', [dated, typed]), '2025-05-02', ZONE);
    expect(out.messages).toEqual([dated, typed]);
  });

  it('clears the time when the separator names no real day', () => {
    const impossible = bubble('请于今日内还款。', '2025-02-28T10:00:00+08:00', { time_text: '2月30日 10:00' });
    expect(retimeScreenshot(shot(1, '17123456789', [impossible]), '2025-05-02', ZONE).messages[0]!.time).toBeNull();
  });

  it('refuses a reference date that is not a day', () => {
    expect(() => retimeScreenshot(shot(1, '17123456789', []), '2025-13-40', ZONE)).toThrow(/reference date/);
  });
});
