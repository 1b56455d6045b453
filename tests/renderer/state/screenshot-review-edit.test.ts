// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ScreenshotReview, ScreenshotReviewDraft, SCREENSHOT_REVIEW_FORMAT } from '../../../src-main/ipc/contract';
import { retimeScreenshot } from '../../../src-main/core/screenshots/retime';
import {
  commitReview,
  correctedFields,
  keptCount,
  reviewProblems,
  senderCorrected,
  senderWarning,
  startSession,
  withMessage,
  withReferenceDate,
  withSender,
  type Retime,
} from '../../../src-renderer/state/screenshot-review-edit';

const SHA = 'ab'.repeat(32);

/** A debt collector's thread read from an iPhone screenshot taken on 2025-04-17, and a second one with no header. */
function draft(): ScreenshotReviewDraft {
  return ScreenshotReviewDraft.parse({
    format: SCREENSHOT_REVIEW_FORMAT,
    version: 1,
    time_zone: 'Asia/Shanghai',
    screenshots: [
      {
        file: '/home/li/Pictures/IMG_0412.PNG',
        sha256: SHA,
        sender: '95188',
        recognized_sender: '95188',
        reference_date: '2025-04-17',
        messages: [
          {
            text: '【XX金融】您的借款已逾期3天，请于今日18点前还款，否则将联系您的紧急联系人。',
            time: '2025-04-16T09:41:00+08:00',
            time_text: '昨天 09:41',
            direction: 'in',
            confidence: 0.81,
            recognized_text: '【XX金融】您的借款已逾期3天，请于今日18点前还款，否则将联系您的紧急联系人。',
            low_confidence: [[14, 15]],
            box: { x: 40, y: 400, width: 800, height: 220 },
          },
          {
            text: '我已经还了，请不要再打电话',
            time: '2025-04-16T09:41:00+08:00',
            time_text: '昨天 09:41',
            direction: 'out',
            confidence: 0.95,
            recognized_text: '我已经还了，请不要再打电话',
            box: { x: 500, y: 660, width: 620, height: 120 },
          },
          {
            text: 'iMessage',
            time: null,
            time_text: null,
            direction: 'in',
            confidence: 0.4,
            recognized_text: 'iMessage',
            box: { x: 300, y: 2300, width: 500, height: 60 },
          },
        ],
      },
      {
        file: '/home/li/Pictures/IMG_0413.PNG',
        sha256: 'cd'.repeat(32),
        sender: '',
        recognized_sender: null,
        reference_date: '2025-04-17',
        messages: [
          {
            text: '张先生您好，李四在我司有一笔欠款，请转告他尽快处理。',
            time: '2025-04-15T18:20:00+08:00',
            time_text: '星期二 18:20',
            direction: 'in',
            confidence: 0.9,
            recognized_text: '张先生您好，李四在我司有一笔欠款，请转告他尽快处理。',
          },
        ],
      },
    ],
  });
}

describe('editing a screenshot review', () => {
  it('marks only the fields the user changed as corrected', () => {
    let session = startSession(draft());
    session = withMessage(session, 0, 0, { text: '【XX金融】您的借款已逾期5天，请于今日18点前还款，否则将联系您的紧急联系人。' });
    session = withMessage(session, 0, 1, { direction: 'in' });
    expect(correctedFields(session, 0, 0)).toEqual(['text']);
    expect(correctedFields(session, 0, 1)).toEqual(['direction']);
    expect(correctedFields(session, 0, 2)).toEqual([]);
    expect(session.draft.screenshots[0]!.messages[0]!.recognized_text).toContain('逾期3天');
  });

  it('stops marking a field once it is back to what was read', () => {
    let session = startSession(draft());
    session = withMessage(session, 0, 1, { text: '我已经还了' });
    session = withMessage(session, 0, 1, { text: '我已经还了，请不要再打电话' });
    expect(correctedFields(session, 0, 1)).toEqual([]);
  });

  it('warns about a missing sender and a doubtful one until the user types it', () => {
    let session = startSession(draft());
    expect(senderWarning(session, 1, 0)).toBe('missing');
    expect(senderWarning(session, 0, 0.55)).toBe('doubtful');
    expect(senderWarning(session, 0, 0.97)).toBeNull();
    session = withSender(session, 0, '95188 ');
    expect(senderCorrected(session, 0)).toBe(true);
    expect(senderWarning(session, 0, 0.55)).toBeNull();
  });

  it('works relative times out again from another reference day, keeping a time the user typed', () => {
    let session = startSession(draft());
    session = withMessage(session, 0, 1, { time: '2025-04-16T10:05:00+08:00' });
    session = withReferenceDate(session, 0, '2025-04-20', retimeScreenshot as Retime);
    const [first, second, banner] = session.draft.screenshots[0]!.messages;
    // 昨天 from Sunday 20 April is Saturday 19 April.
    expect(first!.time).toBe('2025-04-19T09:41:00+08:00');
    expect(second!.time).toBe('2025-04-16T10:05:00+08:00');
    expect(banner!.time).toBeNull();
    expect(session.draft.screenshots[0]!.reference_date).toBe('2025-04-20');
    expect(correctedFields(session, 0, 0)).toEqual([]);
    expect(correctedFields(session, 0, 1)).toEqual(['time']);
    // The other screenshot keeps its own day.
    expect(session.draft.screenshots[1]!.messages[0]!.time).toBe('2025-04-15T18:20:00+08:00');
  });

  it('lets an unreal reference day fail without changing the review', () => {
    const session = startSession(draft());
    expect(() => withReferenceDate(session, 0, '2025-02-30', retimeScreenshot as Retime)).toThrow();
  });
});

describe('committing a screenshot review', () => {
  it('lists what stops the commit: a sender to type and text left empty', () => {
    let session = startSession(draft());
    session = withMessage(session, 0, 1, { text: '  ' });
    expect(reviewProblems(session.draft)).toEqual([
      { kind: 'no-text', shot: 0, message: 1 },
      { kind: 'no-sender', shot: 1 },
    ]);
    expect(commitReview(session.draft)).toBeNull();
  });

  it('needs no sender for a screenshot whose every bubble is left out', () => {
    let session = startSession(draft());
    session = withMessage(session, 1, 0, { skip: true });
    expect(reviewProblems(session.draft)).toEqual([]);
  });

  it('sends only the kept bubbles, trimmed, as a valid review document', () => {
    let session = startSession(draft());
    session = withMessage(session, 0, 2, { skip: true });
    session = withMessage(session, 0, 1, { text: '我已经还清了，请不要再打电话\n' });
    session = withSender(session, 1, ' 李四的债主 ');
    expect(keptCount(session.draft)).toBe(3);
    const review = commitReview(session.draft)!;
    expect(ScreenshotReview.safeParse(review).success).toBe(true);
    expect(review.screenshots.map((s) => s.messages.length)).toEqual([2, 1]);
    expect(review.screenshots[0]!.messages[1]).toMatchObject({ text: '我已经还清了，请不要再打电话', recognized_text: '我已经还了，请不要再打电话' });
    expect(review.screenshots[1]!.sender).toBe('李四的债主');
    expect(review.screenshots[1]!.recognized_sender).toBeNull();
  });

  it('leaves out a screenshot with nothing kept, and refuses a review with nothing at all', () => {
    let session = startSession(draft());
    session = withMessage(session, 1, 0, { skip: true });
    expect(commitReview(session.draft)!.screenshots.map((s) => s.file)).toEqual(['/home/li/Pictures/IMG_0412.PNG']);
    for (const [shot, message] of [[0, 0], [0, 1], [0, 2]] as const) session = withMessage(session, shot, message, { skip: true });
    expect(keptCount(session.draft)).toBe(0);
    expect(reviewProblems(session.draft)).toEqual([{ kind: 'nothing-kept' }]);
    expect(commitReview(session.draft)).toBeNull();
  });
});
