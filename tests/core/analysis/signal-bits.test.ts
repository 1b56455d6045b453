// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { SIGNAL_CODES } from '../../../src-main/core/model/analysis';
import { codesOfBits, signalBit, signalBits } from '../../../src-main/core/analysis/signal-bits';

describe('signal bit sets', () => {
  it('gives every code its own bit', () => {
    const seen = new Set(SIGNAL_CODES.map((c) => `${signalBit(c).column}:${signalBit(c).mask}`));
    expect(seen.size).toBe(SIGNAL_CODES.length);
  });

  it('keeps every mask below the sign bit of a 64-bit integer', () => {
    for (const code of SIGNAL_CODES) expect(signalBit(code).mask < 1n << 63n).toBe(true);
  });

  it('reads back the codes it was given, from both columns', () => {
    const codes = [SIGNAL_CODES[0]!, SIGNAL_CODES[5]!, SIGNAL_CODES.at(-1)!];
    const bits = signalBits(codes.map((code) => ({ code, start: null, end: null })));
    expect(codesOfBits(bits.a, bits.b)).toEqual(codes);
  });
});
