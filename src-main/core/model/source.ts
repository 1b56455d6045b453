// SPDX-License-Identifier: MIT
import { z } from 'zod';

import { EpochMs, Id } from './ids';

export const ImportFormat = z.enum([
  'sbr-xml',
  'android-mmssms',
  'google-bugle',
  'apple-sms-db',
  'itunes-backup',
  'vmessage',
  'huawei-sms',
  'huawei-harassment',
  'csv',
  'json',
  /** Screenshots read by OCR and reviewed; the source is the image, its sha256 recorded. */
  'screenshot',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportSummary = z.object({
  sourceId: Id,
  file: z.string(),
  format: ImportFormat,
  sha256: z.string(),
  messagesAdded: z.number().int(),
  duplicatesSkipped: z.number().int(),
  callsAdded: z.number().int(),
  sendersAdded: z.number().int(),
  firstTime: EpochMs.nullable(),
  lastTime: EpochMs.nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const SourceRow = ImportSummary.extend({
  path: z.string(),
  size: z.number().int(),
  importedAt: EpochMs,
  /** The zone local wall-clock times were read in (CSV, JSON, vMessage); null for formats storing instants. */
  timeZone: z.string().nullable(),
  /** Of this source's messages and calls, how many another source carried too: removal keeps them. */
  sharedMessages: z.number().int(),
  sharedCalls: z.number().int(),
});
export type SourceRow = z.infer<typeof SourceRow>;
