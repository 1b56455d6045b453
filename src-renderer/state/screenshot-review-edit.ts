// SPDX-License-Identifier: MIT
// The user's corrections to what OCR read, as pure steps on the review draft: text, direction,
// time, leaving a bubble out, the sender and the reference day. The machine's draft is kept beside
// it, so that every corrected field can be marked, and the commit request is built from it here.
import type { ReviewedScreenshotDraft, ScreenshotReview, ScreenshotReviewDraft } from '../../src-main/ipc/contract';

export type DraftMessage = ReviewedScreenshotDraft['messages'][number];
export type MessagePatch = Partial<Pick<DraftMessage, 'text' | 'direction' | 'time' | 'skip'>>;
export type CorrectableField = 'text' | 'direction' | 'time';

/** The retimeScreenshot of the main side's core, passed in so these steps stay pure. */
export type Retime = (shot: ReviewedScreenshotDraft, referenceDate: string, timeZone: string) => ReviewedScreenshotDraft;

export interface ReviewSession {
  draft: ScreenshotReviewDraft;
  /** The machine's draft, moved to the same reference days: what counts as a correction. */
  machine: ScreenshotReviewDraft;
}

export type ReviewProblem =
  | { kind: 'nothing-kept' }
  | { kind: 'no-sender'; shot: number }
  | { kind: 'no-text'; shot: number; message: number };

export function startSession(draft: ScreenshotReviewDraft): ReviewSession {
  return { draft, machine: draft };
}

function replaceShot(draft: ScreenshotReviewDraft, index: number, shot: ReviewedScreenshotDraft): ScreenshotReviewDraft {
  return { ...draft, screenshots: draft.screenshots.map((current, i) => (i === index ? shot : current)) };
}

export function withMessage(session: ReviewSession, shotIndex: number, messageIndex: number, patch: MessagePatch): ReviewSession {
  const shot = session.draft.screenshots[shotIndex];
  if (!shot?.messages[messageIndex]) return session;
  const messages = shot.messages.map((message, i) => (i === messageIndex ? { ...message, ...patch } : message));
  return { ...session, draft: replaceShot(session.draft, shotIndex, { ...shot, messages }) };
}

export function withSender(session: ReviewSession, shotIndex: number, sender: string): ReviewSession {
  const shot = session.draft.screenshots[shotIndex];
  if (!shot) return session;
  return { ...session, draft: replaceShot(session.draft, shotIndex, { ...shot, sender }) };
}

/**
 * Resolves the screenshot's relative times (昨天, 星期二) against another day. A time the user
 * typed is theirs and stays; the machine's draft moves too, so that a retimed time is not marked as
 * a correction. Throws what `retime` throws for an unreal day.
 */
export function withReferenceDate(session: ReviewSession, shotIndex: number, date: string, retime: Retime): ReviewSession {
  const shot = session.draft.screenshots[shotIndex];
  const machineShot = session.machine.screenshots[shotIndex];
  if (!shot || !machineShot) return session;
  const zone = session.draft.time_zone;
  const retimedMachine = retime(machineShot, date, zone);
  const retimed = retime(shot, date, zone);
  const messages = retimed.messages.map((message, i) => {
    const typed = shot.messages[i]!.time !== machineShot.messages[i]?.time;
    return typed ? { ...message, time: shot.messages[i]!.time } : message;
  });
  return {
    draft: replaceShot(session.draft, shotIndex, { ...retimed, messages }),
    machine: replaceShot(session.machine, shotIndex, retimedMachine),
  };
}

export function correctedFields(session: ReviewSession, shotIndex: number, messageIndex: number): CorrectableField[] {
  const message = session.draft.screenshots[shotIndex]?.messages[messageIndex];
  const machine = session.machine.screenshots[shotIndex]?.messages[messageIndex];
  if (!message || !machine) return [];
  const fields: CorrectableField[] = [];
  if (message.text !== machine.text) fields.push('text');
  if (message.direction !== machine.direction) fields.push('direction');
  if (message.time !== machine.time) fields.push('time');
  return fields;
}

export function senderCorrected(session: ReviewSession, shotIndex: number): boolean {
  const shot = session.draft.screenshots[shotIndex];
  const machine = session.machine.screenshots[shotIndex];
  return shot !== undefined && machine !== undefined && shot.sender !== machine.sender;
}

/** Messages the commit would store (not left out). */
export function keptCount(draft: ScreenshotReviewDraft): number {
  return draft.screenshots.reduce((sum, shot) => sum + shot.messages.filter((m) => !m.skip).length, 0);
}

/** What stops the commit, in screen order; a screenshot with every bubble left out needs no sender. */
export function reviewProblems(draft: ScreenshotReviewDraft): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  draft.screenshots.forEach((shot, shotIndex) => {
    const kept = shot.messages.some((m) => !m.skip);
    if (kept && shot.sender.trim() === '') problems.push({ kind: 'no-sender', shot: shotIndex });
    shot.messages.forEach((m, message) => {
      if (!m.skip && m.text.trim() === '') problems.push({ kind: 'no-text', shot: shotIndex, message });
    });
  });
  if (keptCount(draft) === 0) problems.unshift({ kind: 'nothing-kept' });
  return problems;
}

/**
 * The 'screenshots:commit' review: only the bubbles kept, text and sender trimmed, screenshots
 * with nothing kept left out. Null while a problem stands.
 */
export function commitReview(draft: ScreenshotReviewDraft): ScreenshotReview | null {
  if (reviewProblems(draft).length > 0) return null;
  const screenshots = draft.screenshots.flatMap((shot) => {
    const messages = shot.messages.filter((m) => !m.skip).map((m) => ({ ...m, text: m.text.trim() }));
    return messages.length === 0 ? [] : [{ ...shot, sender: shot.sender.trim(), messages }];
  });
  return { format: draft.format, version: draft.version, time_zone: draft.time_zone, screenshots };
}

/** Below this the header was probably misread, and the sender is worth a second look. */
export const DOUBTFUL_SENDER = 0.8;

export type SenderWarning = 'missing' | 'doubtful';

/** Why the sender field asks for attention: empty, or still the machine's doubtful reading. */
export function senderWarning(session: ReviewSession, shotIndex: number, senderConfidence: number): SenderWarning | null {
  const shot = session.draft.screenshots[shotIndex];
  if (!shot) return null;
  if (shot.sender.trim() === '') return 'missing';
  if (!senderCorrected(session, shotIndex) && senderConfidence < DOUBTFUL_SENDER) return 'doubtful';
  return null;
}
