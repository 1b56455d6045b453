// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { formatRisk, riskLevel } from '../../../src-renderer/state/risk-level';

describe('riskLevel', () => {
  it('reads 0.8 and above as high, 0.5 and above as medium, the rest as low', () => {
    expect(riskLevel(0.92)).toBe('high');
    expect(riskLevel(0.8)).toBe('high');
    expect(riskLevel(0.79)).toBe('medium');
    expect(riskLevel(0.5)).toBe('medium');
    expect(riskLevel(0.1)).toBe('low');
    expect(riskLevel(0)).toBe('low');
  });

  it('has no level for a message not analysed yet', () => {
    expect(riskLevel(null)).toBeNull();
    expect(riskLevel(undefined)).toBeNull();
    expect(riskLevel(Number.NaN)).toBeNull();
  });
});

describe('formatRisk', () => {
  it('shows two decimals without rounding a medium score up into the high band', () => {
    expect(formatRisk(0.92)).toBe('0.92');
    expect(formatRisk(0.799)).toBe('0.79');
    expect(formatRisk(1)).toBe('1.00');
    expect(formatRisk(1.3)).toBe('1.00');
  });
});
