// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../../src-main/core/pii/luhn';

const VECTORS = readFileSync(resolve(__dirname, '../../../../shared/eval/reference_vectors/luhn_test_vectors.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string]);

describe('Luhn check', () => {
  it.each(VECTORS)('%s passes: %s', (number, valid) => {
    expect(passesLuhn(number)).toBe(valid === 'true');
  });

  it('refuses text that is not all digits', () => {
    expect(passesLuhn('4992 7398 716')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});
