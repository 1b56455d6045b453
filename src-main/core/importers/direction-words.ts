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

const words = (list: readonly string[], placement: Placement) => list.map((w) => [w, placement] as const);

// A Map, not an object literal: a cell reading `constructor` or `__proto__` would find what every
// object inherits under that name (found by tests/fuzz/csv-mapper.fuzz.ts).
const WORDS: ReadonlyMap<string, Placement> = new Map([
  // 发件箱 is the sent folder on most Chinese phones, where "outbox" in English means unsent.
  ...words(['接收', '收到', '已接收', '收件箱', '收件', '收信', '收', '接收短信', 'inbox', 'received', 'receive', 'incoming', 'in', 'deliver', '1'], INBOX),
  ...words(['发送', '已发送', '发件箱', '发出', '已发出', '发', '发信', '发送短信', 'sent', 'send', 'outgoing', 'out', 'submit', '2'], SENT),
  ...words(['草稿', '草稿箱', 'draft', 'drafts', '3'], DRAFT),
  ...words(['outbox', '待发送', '4'], OUTBOX),
  ...words(['发送失败', '失败', 'failed', 'fail', '5'], FAILED),
  ...words(['queued', '排队中', '6'], QUEUED),
]);

/** The box and direction a value names, or null when it names none. */
export function placementOf(value: string): Placement | null {
  return WORDS.get(value.trim().toLowerCase()) ?? null;
}
