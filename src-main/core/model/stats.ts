// SPDX-License-Identifier: MIT
import { z } from 'zod';

import { EpochMs } from './ids';
import { SenderKind } from './sender';

export const Stats = z.object({
  messages: z.number().int(),
  incoming: z.number().int(),
  outgoing: z.number().int(),
  calls: z.number().int(),
  senders: z.number().int(),
  sources: z.number().int(),
  firstTime: EpochMs.nullable(),
  lastTime: EpochMs.nullable(),
  suspectTimes: z.number().int(),
  sendersByKind: z.record(SenderKind, z.number().int()),
});
export type Stats = z.infer<typeof Stats>;
