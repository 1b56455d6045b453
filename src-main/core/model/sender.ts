// SPDX-License-Identifier: MIT
import { z } from 'zod';

import { Id } from './ids';

export const SenderKind = z.enum([
  'bank_service',
  'sms_gateway',
  'mobile',
  'landline',
  'short_code',
  'alphanumeric',
  'email',
  'unknown',
]);
export type SenderKind = z.infer<typeof SenderKind>;

export const SenderRow = z.object({
  id: Id,
  address: z.string(),
  kind: SenderKind,
  contactName: z.string().nullable(),
  messages: z.number().int(),
  calls: z.number().int(),
  /** The user's own marks on the sender (core/annotations). */
  starred: z.boolean(),
  tags: z.array(z.string()),
  note: z.string().nullable(),
});
export type SenderRow = z.infer<typeof SenderRow>;
