// SPDX-License-Identifier: MIT
// From a checked review to the records each screenshot contributes: screenshots are grouped into
// conversations by sender, the overlaps between neighbouring shots merged, times settled, and every
// merged bubble listed under each screenshot it was seen in (stored under the first, noted as also
// carried by the others).
import type { MessageRecord } from '../import/records';
import type { PixelBox, ReviewedScreenshotDraft, ScreenshotReviewDraft } from '../model/screenshot';
import { normalizeAddress } from '../senders/normalize-address';
import { settleTimes } from './conversation-times';
import { mergeOverlaps } from './overlap-merge';
import { displaySender } from './review-draft';
import { instantOfIso, midnightOf } from './review-time';

/** What is stored beside a message about how it was read. */
export interface PlannedReading {
  /** Index in the review of the screenshot whose reading was kept. */
  shot: number;
  recognizedText: string;
  recognizedSender: string | null;
  timeText: string | null;
  timeEstimated: boolean;
  confidence: number;
  box: PixelBox | null;
  corrected: boolean;
}

export interface PlannedMessage {
  record: MessageRecord;
  reading: PlannedReading;
}

type DraftMessage = ReviewedScreenshotDraft['messages'][number];

/** A header made only of letters (a saved contact's name, "招商银行") rather than a number. */
function contactNameOf(sender: string): string | null {
  return /\p{L}/u.test(sender) && !/\d/.test(sender) ? sender : null;
}

function conversationsBySender(review: ScreenshotReviewDraft): number[][] {
  const groups = new Map<string, number[]>();
  review.screenshots.forEach((shot, s) => {
    if (!shot.messages.some((m) => !m.skip)) return;
    const key = normalizeAddress(shot.sender.trim()).address;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  });
  return [...groups.values()];
}

function planConversation(review: ScreenshotReviewDraft, shotIndexes: readonly number[], into: PlannedMessage[][]): void {
  const zone = review.time_zone;
  const shots = shotIndexes.map((s) => review.screenshots[s]!);
  const merged = mergeOverlaps<DraftMessage>(shots.map((shot) => shot.messages.filter((m) => !m.skip)));
  const stored = (i: number) => shots[merged[i]!.appearances[0]!.shot]!;
  const times = settleTimes(
    merged.map((m) => (m.timed?.time == null ? null : instantOfIso(m.timed.time, zone))),
    (i) => midnightOf(stored(i).reference_date, zone) ?? 0,
  );
  merged.forEach((m, i) => {
    const home = stored(i);
    const keptShot = shots[m.kept.shot]!;
    const sender = home.sender.trim();
    const body = m.message.text.trim();
    const planned: PlannedMessage = {
      record: {
        type: 'message',
        kind: 'sms',
        address: sender,
        contactName: contactNameOf(sender),
        direction: m.message.direction,
        box: m.message.direction === 'in' ? 'inbox' : 'sent',
        time: times[i]!.time,
        timeSent: null,
        body,
        serviceCenter: null,
        read: null,
      },
      reading: {
        shot: shotIndexes[m.kept.shot]!,
        recognizedText: m.message.recognized_text,
        recognizedSender: keptShot.recognized_sender,
        timeText: m.timed?.time_text ?? null,
        timeEstimated: times[i]!.estimated,
        confidence: m.message.confidence,
        box: m.message.box,
        corrected: body !== m.message.recognized_text.trim() || displaySender(keptShot.recognized_sender) !== displaySender(keptShot.sender),
      },
    };
    for (const a of m.appearances) into[shotIndexes[a.shot]!]!.push(planned);
  });
}

/**
 * For each screenshot of the review (same order), the messages it showed, in conversation order;
 * empty for a screenshot whose messages are all skipped. Expects a review `checkReview` accepted.
 */
export function planScreenshotMessages(review: ScreenshotReviewDraft): PlannedMessage[][] {
  const plan: PlannedMessage[][] = review.screenshots.map(() => []);
  for (const group of conversationsBySender(review)) planConversation(review, group, plan);
  return plan;
}
