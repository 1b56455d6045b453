// SPDX-License-Identifier: MIT
// Builders for review documents in tests: realistic bubbles with the machine's reading equal to the
// accepted text unless a test says otherwise.
import type { ReviewedScreenshotDraft, ScreenshotReading, ScreenshotReviewDraft } from '../../../src-main/core/model/screenshot';

export type DraftMessage = ReviewedScreenshotDraft['messages'][number];

export const ZONE = 'Asia/Shanghai';

/** Two separator times of one afternoon, and the texts of a collector's thread. */
export const T1 = '2025-04-16T13:09:00+08:00';
export const T2 = '2025-04-16T15:42:00+08:00';
export const overdue = '您好，我是安信金融贷后部的，您在我司的借款已逾期47天，今天下午5点前必须处理，否则将上门走访。';
export const contact = '王先生，您作为赵磊的紧急联系人，请转告他尽快还款，否则我们将联系他的单位和家人。';
export const reply = '我已经在还了，请不要再打电话给我家人。';
export const threat = '最后通知：今天18点前未结清，案件将移交当地调解中心，后果自负。';
export const code = '【支付宝】验证码382910，5分钟内有效，请勿泄露给他人。';

/** A distinct, valid sha256 per screenshot number. */
export function sha(n: number): string {
  return n.toString(16).padStart(64, '0');
}

export function bubble(text: string, time: string | null, extra: Partial<DraftMessage> = {}): DraftMessage {
  return {
    text,
    time,
    time_text: time === null ? null : time.slice(11, 16),
    direction: 'in',
    confidence: 0.93,
    recognized_text: text,
    low_confidence: [],
    box: { x: 40, y: 300, width: 800, height: 160 },
    partial: false,
    skip: false,
    ...extra,
  };
}

export function shot(
  n: number,
  sender: string,
  messages: DraftMessage[],
  extra: Partial<ReviewedScreenshotDraft> = {},
): ReviewedScreenshotDraft {
  return {
    file: `/home/li/Pictures/Screenshot_2025-04-16-13-${String(10 + n).padStart(2, '0')}.png`,
    sha256: sha(n),
    sender,
    recognized_sender: sender,
    reference_date: '2025-04-16',
    messages,
    ...extra,
  };
}

export function review(...screenshots: ReviewedScreenshotDraft[]): ScreenshotReviewDraft {
  return { format: 'leakline-screenshot-review', version: 1, time_zone: ZONE, screenshots };
}

/** What OCR made of a collector's thread: one sure incoming bubble, one unsure outgoing one cut at the edge. */
export function reading(file: string, sender: string | null, n = 1): ScreenshotReading {
  return {
    file,
    sha256: sha(n),
    width: 1170,
    height: 2532,
    sender,
    sender_confidence: sender === null ? 0 : 0.9,
    reference_date: '2025-04-16',
    time_zone: 'Asia/Shanghai',
    messages: [
      {
        text: '您好，您的借款已逾期47天，请于今日18点前还款。',
        time: '2025-04-15T09:41:00+08:00',
        time_text: '昨天 09:41',
        direction: null,
        confidence: 0.88,
        box: { x: 42, y: 480, width: 860, height: 210 },
        low_confidence: [[9, 11]],
        partial: false,
      },
      {
        text: '你们再骚扰我家人我就报警',
        time: '2025-04-15T09:41:00+08:00',
        time_text: '昨天 09:41',
        direction: 'out',
        confidence: 0.42,
        box: { x: 300, y: 720, width: 830, height: 120 },
        low_confidence: [],
        partial: true,
      },
    ],
  };
}
