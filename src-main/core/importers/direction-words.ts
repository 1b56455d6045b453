// SPDX-License-Identifier: MIT
// The words CSV/JSON exports use for a message's direction or box, Chinese and English, and the
// Android `type` numbers (1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued) that tools copy.
import type { Direction, MessageBox } from '../model/message';

export type Placement = readonly [MessageBox, Direction];

const INBOX: Placement = ['inbox', 'in'];
const SENT: Placement = ['sent', 'out'];
const DRAFT: Placement = ['draft', 'out'];
const OUTBOX: Placement = ['outbox', 'out'];
const FAILED: Placement = ['failed', 'out'];
const QUEUED: Placement = ['queued', 'out'];

const WORDS: Record<string, Placement> = {
  // 发件箱 is the sent folder on most Chinese phones, where "outbox" in English means unsent.
  ...Object.fromEntries(['接收', '收到', '已接收', '收件箱', '收件', '收信', '收', '接收短信', 'inbox', 'received', 'receive', 'incoming', 'in', 'deliver', '1'].map((w) => [w, INBOX])),
  ...Object.fromEntries(['发送', '已发送', '发件箱', '发出', '已发出', '发', '发信', '发送短信', 'sent', 'send', 'outgoing', 'out', 'submit', '2'].map((w) => [w, SENT])),
  ...Object.fromEntries(['草稿', '草稿箱', 'draft', 'drafts', '3'].map((w) => [w, DRAFT])),
  ...Object.fromEntries(['outbox', '待发送', '4'].map((w) => [w, OUTBOX])),
  ...Object.fromEntries(['发送失败', '失败', 'failed', 'fail', '5'].map((w) => [w, FAILED])),
  ...Object.fromEntries(['queued', '排队中', '6'].map((w) => [w, QUEUED])),
};

/** The box and direction a value names, or null when it names none. */
export function placementOf(value: string): Placement | null {
  return WORDS[value.trim().toLowerCase()] ?? null;
}
