// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { autoAcceptReadings } from '../../../src-main/core/screenshots/auto-accept';
import { ScreenshotReview } from '../../../src-main/core/model/screenshot';
import { reading } from './review-builders';

describe('autoAcceptReadings', () => {
  it('accepts sure readings and skips the unsure ones, counting them', () => {
    const result = autoAcceptReadings([reading('/tmp/IMG_0412.PNG', '17123456789')], { timeZone: 'Asia/Shanghai', minConfidence: 0.6 });
    expect(result.lowConfidence).toBe(1);
    expect(result.skipped).toEqual([]);
    expect(result.review!.screenshots[0]!.messages.map((m) => m.skip)).toEqual([false, true]);
    expect(ScreenshotReview.safeParse(result.review).success).toBe(true);
  });

  it('leaves out screenshots without a sender and says why', () => {
    const result = autoAcceptReadings(
      [reading('/tmp/IMG_0412.PNG', null, 1), reading('/tmp/IMG_0413.PNG', '95188', 2)],
      { timeZone: 'Asia/Shanghai', minConfidence: 0.6 },
    );
    expect(result.skipped).toEqual([{ file: '/tmp/IMG_0412.PNG', reason: 'no sender could be read in the header' }]);
    expect(result.review!.screenshots.map((s) => s.file)).toEqual(['/tmp/IMG_0413.PNG']);
  });

  it('gives no review when nothing is sure enough', () => {
    const result = autoAcceptReadings([reading('/tmp/IMG_0412.PNG', '17123456789')], { timeZone: 'Asia/Shanghai', minConfidence: 0.95 });
    expect(result.review).toBeNull();
    expect(result.lowConfidence).toBe(2);
    expect(result.skipped).toEqual([{ file: '/tmp/IMG_0412.PNG', reason: 'no message was read with enough confidence' }]);
  });

  it('drops empty bubbles rather than counting them as unsure', () => {
    const shot = reading('/tmp/IMG_0412.PNG', '17123456789');
    shot.messages[1] = { ...shot.messages[1]!, text: '  ', confidence: 0.1 };
    const result = autoAcceptReadings([shot], { timeZone: 'Asia/Shanghai', minConfidence: 0.6 });
    expect(result.lowConfidence).toBe(0);
    expect(result.review!.screenshots[0]!.messages).toHaveLength(1);
  });
});
