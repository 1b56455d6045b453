// SPDX-License-Identifier: MIT
// The message shape the export writers in this folder take; tests/bench's SyntheticSms fits it.
import { DateTime, FixedOffsetZone } from 'luxon';

export interface ExportedSms {
  address: string;
  /** UTC epoch ms. */
  time: number;
  /** Android's type: 1 received, 2 sent. */
  type: 1 | 2;
  body: string;
  contactName?: string;
}

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/**
 * The wall-clock text of `time` in `zone`, in a luxon format such as `yyyy/MM/dd HH:mm:ss`. The
 * zone's offset is looked up once per UTC hour (an IANA lookup per message would dominate writing a
 * million of them); zones whose offset changes at half past an hour are not what these writers are for.
 */
export function wallClock(time: number, zone: string, format: string): string {
  const key = `${zone}\u0000${Math.floor(time / HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(time, { zone }).offset;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return DateTime.fromMillis(time, { zone: FixedOffsetZone.instance(offset) }).toFormat(format);
}
