// SPDX-License-Identifier: MIT
// The message shape the export writers in this folder take; tests/bench's SyntheticSms fits it.
import { DateTime } from 'luxon';

export interface ExportedSms {
  address: string;
  /** UTC epoch ms. */
  time: number;
  /** Android's type: 1 received, 2 sent. */
  type: 1 | 2;
  body: string;
  contactName?: string;
}

/** The wall-clock text of `time` in `zone`, in a luxon format such as `yyyy/MM/dd HH:mm:ss`. */
export function wallClock(time: number, zone: string, format: string): string {
  return DateTime.fromMillis(time, { zone }).toFormat(format);
}
