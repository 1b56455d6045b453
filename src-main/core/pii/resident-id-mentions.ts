// SPDX-License-Identifier: MIT
// Full resident ID numbers in message text: 18 digits (or 17 and X) that pass the GB 11643 check,
// region and date tests, and the legacy 15-digit form, which has no check digit and so is trusted
// less unless the text calls it an ID. People sometimes space an ID as 6-8-4.
import type { PiiFinding } from '../model/analysis';
import { ID_WORDS } from './id-context';
import { isResidentId } from './resident-id';
import { textBefore } from './span-context';

const FULL_ID = /(?<![\dA-Za-z])(?:\d{17}[\dXx]|\d{15}|\d{6} \d{8} \d{3}[\dXx])(?![\dA-Za-z])/g;

export function findResidentIds(text: string, out: PiiFinding[]): void {
  FULL_ID.lastIndex = 0;
  for (let m = FULL_ID.exec(text); m; m = FULL_ID.exec(text)) {
    const id = m[0].replace(/ /g, '').toUpperCase();
    if (!isResidentId(id)) continue;
    const named = ID_WORDS.test(textBefore(text, m.index, 8));
    const score = id.length === 18 ? (named ? 0.99 : 0.95) : named ? 0.85 : 0.55;
    out.push({ type: 'resident_id', value: id, start: m.index, end: m.index + m[0].length, score });
  }
}
