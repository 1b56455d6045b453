// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { displaySender, draftFromReadings } from '../../../src-main/core/screenshots/review-draft';
import { reading, sha } from './review-builders';

describe('draftFromReadings', () => {
  it('starts every editable field at the machine reading and keeps the reading beside it', () => {
    const draft = draftFromReadings([reading('/tmp/IMG_0412.PNG', '+86 171 2345 6789')], 'Asia/Shanghai');
    expect(draft).toMatchObject({ format: 'leakline-screenshot-review', version: 1, time_zone: 'Asia/Shanghai' });
    const shot = draft.screenshots[0]!;
    expect(shot).toMatchObject({ file: '/tmp/IMG_0412.PNG', sha256: sha(1), sender: '+86 171 2345 6789', recognized_sender: '+86 171 2345 6789', reference_date: '2025-04-16' });
    expect(shot.messages[0]).toEqual({
      text: '您好，您的借款已逾期47天，请于今日18点前还款。',
      time: '2025-04-15T09:41:00+08:00',
      time_text: '昨天 09:41',
      direction: 'in',
      confidence: 0.88,
      recognized_text: '您好，您的借款已逾期47天，请于今日18点前还款。',
      low_confidence: [[9, 11]],
      box: { x: 42, y: 480, width: 860, height: 210 },
      partial: false,
      skip: false,
    });
    expect(shot.messages[1]).toMatchObject({ direction: 'out', partial: true });
  });

  it('leaves the sender empty for the user to type when the header could not be read', () => {
    expect(draftFromReadings([reading('/tmp/a.png', null)], 'Asia/Shanghai').screenshots[0]!.sender).toBe('');
  });

  it('refuses to draft a review of nothing', () => {
    expect(() => draftFromReadings([], 'Asia/Shanghai')).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

describe('displaySender', () => {
  it('joins spaced Chinese names, folds full-width digits and trims, keeping digit groups', () => {
    expect(displaySender(' 张 三 ')).toBe('张三');
    expect(displaySender('１７１ ２３４５  ６７８９')).toBe('171 2345 6789');
    expect(displaySender(null)).toBe('');
  });
});
