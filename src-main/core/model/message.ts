// SPDX-License-Identifier: MIT
import { StoredScreenshotReading } from './screenshot';
import { z } from 'zod';

import { EpochMs, Id } from './ids';
import { SenderKind } from './sender';
import { Category, CategorySource, MessageAnalysis, SignalCode } from './analysis';

export const Direction = z.enum(['in', 'out']);
export type Direction = z.infer<typeof Direction>;

export const MessageBox = z.enum(['inbox', 'sent', 'draft', 'outbox', 'failed', 'queued', 'unknown']);
export type MessageBox = z.infer<typeof MessageBox>;

export const MessageFilter = z.object({
  query: z.string().max(200).optional(),
  senderId: Id.optional(),
  direction: Direction.optional(),
  /** Inclusive start, whole seconds (ms below a second are ignored). */
  from: EpochMs.optional(),
  /** Exclusive end, whole seconds: pass the next day's midnight to include a whole day. */
  to: EpochMs.optional(),
  /** Only messages analysed into one of these categories. */
  categories: z.array(Category).min(1).max(8).optional(),
  /** Only messages whose scam risk is at least this. */
  minRisk: z.number().min(0).max(1).optional(),
  /** Only messages that raised this signal. */
  signal: SignalCode.optional(),
  /** Only starred messages (false: only those without a star). */
  starred: z.boolean().optional(),
  /** Only messages carrying this tag (tags match ignoring ASCII case). */
  tag: z.string().trim().min(1).max(40).optional(),
});
export type MessageFilter = z.infer<typeof MessageFilter>;

export const MessageRow = z.object({
  id: Id,
  senderId: Id,
  sender: z.string(),
  senderKind: SenderKind,
  contactName: z.string().nullable(),
  direction: Direction,
  time: EpochMs,
  timeSuspect: z.boolean(),
  snippet: z.string(),
  kind: z.enum(['sms', 'mms']),
  /** Null until the message has been analysed. */
  category: Category.nullable(),
  categorySource: CategorySource.nullable(),
  risk: z.number().nullable(),
  /** The user's own marks (core/annotations); they never change the message. */
  starred: z.boolean(),
  tags: z.array(z.string()),
});
export type MessageRow = z.infer<typeof MessageRow>;

export const MessageDetail = MessageRow.extend({
  body: z.string(),
  box: MessageBox,
  timeSent: EpochMs.nullable(),
  timeText: z.string().nullable(),
  serviceCenter: z.string().nullable(),
  read: z.boolean().nullable(),
  senderRaw: z.string(),
  /** The phone filed it as spam or blocked it (Samsung spam_sms, Huawei harassment.db, iOS junk). */
  blocked: z.boolean(),
  source: z.object({ id: Id, file: z.string(), sha256: z.string(), format: z.string() }),
  analysis: MessageAnalysis.nullable(),
  /** The user's own category for this message or for its sender, which wins over the rules. */
  label: z.object({ scope: z.enum(['message', 'sender']), category: Category }).nullable(),
  /** For a message read from a screenshot: what the machine read beside what the user accepted. */
  screenshot: StoredScreenshotReading.nullable(),
  /** The user's note on this message. */
  note: z.string().nullable(),
});
export type MessageDetail = z.infer<typeof MessageDetail>;
