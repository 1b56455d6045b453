// SPDX-License-Identifier: MIT
import { LeaklineError } from '../core/errors';

/** YYYY-MM-DD in local time: the start of that day, or (for --to) the start of the next one. */
export function parseDateFlag(text: string, edge: 'start' | 'end'): number {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) throw new LeaklineError('BAD_REQUEST', `expected a date like 2025-04-16, not ${text}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw new LeaklineError('BAD_REQUEST', `${text} is not a real date`);
  }
  if (edge === 'end') date.setDate(date.getDate() + 1);
  return date.getTime();
}
