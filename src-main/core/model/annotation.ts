// SPDX-License-Identifier: MIT
// The user's own marks on messages and senders: a star, tags, a note. Kept apart from the
// evidence: they never change a message, and the report says which are the user's.
import { z } from 'zod';

export const Annotation = z.object({
  starred: z.boolean(),
  tags: z.array(z.string()),
  note: z.string().nullable(),
});
export type Annotation = z.infer<typeof Annotation>;
