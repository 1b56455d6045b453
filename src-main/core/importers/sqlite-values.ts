// SPDX-License-Identifier: MIT
// SQLite is dynamically typed: a column declared INTEGER can hold text, a real or a blob, and a
// connection may hand out 64-bit integers as bigint. These turn one cell into a record field, or
// null when the cell cannot be read as that field.
import { MAX_EPOCH_MS } from '../import/time-sanity';

/** Text as the phone stored it; blobs are decoded as UTF-8 (some OEM tables type text as BLOB). */
export function textValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return null;
}

/** Text, or null when it is NULL, empty or only blanks (the value itself is kept untrimmed). */
export function nonEmptyText(value: unknown): string | null {
  const text = textValue(value);
  return text !== null && text.trim() !== '' ? text : null;
}

/** A safe integer (reals are truncated), or null for NULL, non-numeric text, blobs and overflow. */
export function integerValue(value: unknown): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'bigint') n = Number(value);
  else if (typeof value === 'string' && /^\s*[-+]?\d+(\.\d*)?\s*$/.test(value)) n = Number(value);
  else return null;
  if (!Number.isFinite(n)) return null;
  const whole = Math.trunc(n);
  return Number.isSafeInteger(whole) ? whole : null;
}

export function readFlag(value: unknown): boolean | null {
  const n = integerValue(value);
  if (n === 1) return true;
  if (n === 0) return false;
  return null;
}

/**
 * Where a column may hold seconds or ms (MMS `date` is seconds in the telephony provider, ms in
 * some OEM copies): 1e11 ms is March 1973 and 1e11 s is the year 5138, so below it the value must
 * be seconds.
 */
export function secondsOrMs(n: number): number {
  return Math.abs(n) < 1e11 ? n * 1000 : n;
}

export type TimeUnit = 'ms' | 'seconds-or-ms';

/** Epoch ms, or null when the cell is not a number or lies outside any representable date. */
export function epochMs(value: unknown, unit: TimeUnit): number | null {
  const n = integerValue(value);
  if (n === null) return null;
  const ms = unit === 'ms' ? n : secondsOrMs(n);
  return Math.abs(ms) <= MAX_EPOCH_MS ? ms : null;
}

/** A sent time: 0 and unreadable values mean "not recorded". */
export function optionalEpochMs(value: unknown, unit: TimeUnit): number | null {
  const ms = epochMs(value, unit);
  return ms === 0 ? null : ms;
}
