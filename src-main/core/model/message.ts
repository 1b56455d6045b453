// SPDX-License-Identifier: MIT
import { z } from 'zod';

import { EpochMs, Id } from './ids';
import { SenderKind } from './sender';

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
});
export type MessageDetail = z.infer<typeof MessageDetail>;
