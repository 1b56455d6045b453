// SPDX-License-Identifier: MIT
// What every importer yields: plain records, before normalisation and deduplication.
import { z } from 'zod';
import { Direction, MessageBox } from '../model/message';
import type { ImportFormat } from '../model/source';

export const CallType = z.enum(['incoming', 'outgoing', 'missed', 'voicemail', 'rejected', 'blocked', 'unknown']);
export type CallType = z.infer<typeof CallType>;

export const MessageRecord = z.object({
  type: z.literal('message'),
  kind: z.enum(['sms', 'mms']),
  /** The other party's address as written in the source (for MMS: the From address when incoming). */
  address: z.string(),
  contactName: z.string().nullable(),
  direction: Direction,
  box: MessageBox,
  /** UTC epoch ms. */
  time: z.number().int(),
  timeSent: z.number().int().nullable(),
  body: z.string(),
  serviceCenter: z.string().nullable(),
  read: z.boolean().nullable(),
});
export type MessageRecord = z.infer<typeof MessageRecord>;

export const CallRecord = z.object({
  type: z.literal('call'),
  address: z.string(),
  contactName: z.string().nullable(),
  time: z.number().int(),
  durationS: z.number().int().min(0),
  callType: CallType,
});
export type CallRecord = z.infer<typeof CallRecord>;

export type ImportRecord = MessageRecord | CallRecord;

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called as the reader consumes the file, with the bytes read so far. */
  onBytes?: (bytesRead: number) => void;
}

/**
 * One source format. `sniff` looks at the first bytes of a file (content, never the name);
 * `read` streams records in batches with bounded memory and throws ImportInputError on bad input.
 */
export interface Importer {
  format: ImportFormat;
  sniff(head: Buffer): boolean;
  read(path: string, options: ReadOptions): AsyncIterable<ImportRecord[]>;
}
