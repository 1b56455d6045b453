// SPDX-License-Identifier: MIT
// Signal codes as two integer bit sets, so that "messages that raised signal X" is an integer test
// in SQL. 62 bits per column keep clear of the sign bit of SQLite's 64-bit integers.
import { SIGNAL_CODES, type Signal, type SignalCode } from '../model/analysis';

const BITS_PER_COLUMN = 62;
const INDEX = new Map<SignalCode, number>(SIGNAL_CODES.map((code, i) => [code, i]));

if (SIGNAL_CODES.length > 2 * BITS_PER_COLUMN) throw new Error('more signal codes than two bit columns hold');

/** The column ('a' or 'b') and the bit (as a bigint mask) that stand for one signal code. */
export function signalBit(code: SignalCode): { column: 'a' | 'b'; mask: bigint } {
  const i = INDEX.get(code)!;
  return i < BITS_PER_COLUMN ? { column: 'a', mask: 1n << BigInt(i) } : { column: 'b', mask: 1n << BigInt(i - BITS_PER_COLUMN) };
}

/** Both bit sets of a message's signals. */
export function signalBits(signals: readonly Signal[]): { a: bigint; b: bigint } {
  let a = 0n;
  let b = 0n;
  for (const s of signals) {
    const bit = signalBit(s.code);
    if (bit.column === 'a') a |= bit.mask;
    else b |= bit.mask;
  }
  return { a, b };
}

/** The codes whose bits are set in a pair of bit sets. */
export function codesOfBits(a: bigint, b: bigint): SignalCode[] {
  return SIGNAL_CODES.filter((code) => {
    const bit = signalBit(code);
    return ((bit.column === 'a' ? a : b) & bit.mask) !== 0n;
  });
}
