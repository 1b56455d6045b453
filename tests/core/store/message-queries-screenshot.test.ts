// SPDX-License-Identifier: MIT
// A message read from a screenshot shows, in its detail, how it was read: the engine's confidence,
// the text before the user's correction, and whether its time was estimated.
import { describe, expect, it } from 'vitest';
import { commitScreenshotReview } from '../../../src-main/core/screenshots/commit-review';
import { getMessage, listMessages } from '../../../src-main/core/store/message-queries';
import { memoryDb, sms, writeSource } from '../../support/records';
import { bubble, review, shot } from '../screenshots/review-builders';

describe('getMessage for screenshot messages', () => {
  it('gives the reading beside the accepted text, and nothing for messages from a backup', () => {
    const db = memoryDb();
    writeSource(db, [sms('95555', '2025-04-15T08:00:00+08:00', '【招商银行】您尾号8848的信用卡本期账单已出。')]);
    commitScreenshotReview(
      db,
      review(
        shot(1, '13800138000', [
          bubble('您好林晓峰，您的借款已逾期15天，请今日内处理。', '2025-04-16T09:41:00+08:00', { recognized_text: '您好林晓蜂，您的借款已逾期15天，请今日内处理。', confidence: 0.81 }),
          bubble('我没有借过钱', null, { direction: 'out' }),
        ]),
      ),
    );
    const rows = listMessages(db, {}, 0, 10).rows;
    const byText = (needle: string) => getMessage(db, rows.find((r) => r.snippet.includes(needle))!.id);
    const corrected = byText('林晓峰');
    expect(corrected.source.format).toBe('screenshot');
    expect(corrected.screenshot).toMatchObject({ recognizedText: '您好林晓蜂，您的借款已逾期15天，请今日内处理。', corrected: true, confidence: 0.81, timeEstimated: false });
    expect(byText('没有借过钱').screenshot).toMatchObject({ corrected: false, timeEstimated: true });
    expect(byText('招商银行').screenshot).toBeNull();
  });
});
