// SPDX-License-Identifier: MIT
import { createHash } from 'node:crypto';
import type { Direction } from '../model/message';

// The key must come out the same whichever backup format carried the message: formats disagree on
// sub-second precision (iOS counts in seconds or nanoseconds, Android in ms) and on whether a text
// was an SMS or an MMS, so the key uses the normalised address, direction, whole seconds and body.
export function messageDedupeKey(address: string, direction: Direction, time: number, body: string): string {
  return createHash('sha1')
    .update(`m\u001f${address}\u001f${direction}\u001f${Math.floor(time / 1000)}\u001f${body}`)
    .digest('base64');
}

export function callDedupeKey(address: string, time: number, durationS: number, callType: string): string {
  return createHash('sha1')
    .update(`c\u001f${address}\u001f${Math.floor(time / 1000)}\u001f${durationS}\u001f${callType}`)
    .digest('base64');
}
