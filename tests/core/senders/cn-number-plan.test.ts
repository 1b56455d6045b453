// SPDX-License-Identifier: MIT
// Checks the Chinese numbering rules against the reference tables in shared/eval/reference_vectors
// (libphonenumber's CN carrier prefixes, the MIIT 106 plan, published bank service numbers).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDomestic } from '../../../src-main/core/senders/cn-number-plan';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';

const VECTORS = resolve(__dirname, '../../../../shared/eval/reference_vectors');

/** Data rows of a TSV: no comments, no header (its first column is not a number). */
function rows(name: string): string[][] {
  return readFileSync(resolve(VECTORS, name), 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split('\t'));
}

describe('Chinese numbering plan against the reference tables', () => {
  it('classifies every published bank service number as bank_service, with or without +86', () => {
    const numbers = rows('cn_bank_95_service_numbers.tsv').map(([n]) => n ?? '');
    expect(numbers.length).toBeGreaterThan(10);
    for (const n of numbers) {
      expect(normalizeAddress(n), n).toEqual({ address: n, kind: 'bank_service' });
      expect(normalizeAddress(`+86${n}`), `+86${n}`).toEqual({ address: n, kind: 'bank_service' });
    }
  });

  it('reads a number in every carrier prefix range as a mobile, the same with and without +86', () => {
    const prefixes = rows('cn_mobile_prefix_carrier.tsv').map(([p]) => p ?? '');
    expect(prefixes.length).toBeGreaterThan(50);
    for (const prefixWith86 of prefixes) {
      const national = prefixWith86.slice(2).padEnd(11, '7');
      expect(normalizeAddress(national), national).toEqual({ address: national, kind: 'mobile' });
      expect(normalizeAddress(`+86${national}`), `+86${national}`).toEqual({ address: national, kind: 'mobile' });
      expect(normalizeAddress(`86${national}`), `86${national}`).toEqual({ address: national, kind: 'mobile' });
    }
  });

  it('classifies every 106x range of the numbering plan as an SMS gateway kept whole', () => {
    const prefixes = rows('sms_106_numbering_plan.tsv')
      .map(([p]) => p ?? '')
      .filter((p) => p.startsWith('106'));
    expect(prefixes).toHaveLength(6);
    for (const prefix of prefixes) {
      for (const number of [`${prefix}0`, `${prefix}5508123`, `${prefix}9012345678901234`]) {
        expect(normalizeAddress(number), number).toEqual({ address: number, kind: 'sms_gateway' });
      }
    }
  });
});

describe('classifyDomestic', () => {
  it('returns null for digit strings the plan has no place for', () => {
    for (const digits of ['0', '00', '0123', '1111111111', '123456789012', '9999999999']) {
      expect(classifyDomestic(digits), digits).toBeNull();
    }
  });

  it('does not take an 11-digit number outside 13x–19x for a mobile', () => {
    expect(classifyDomestic('12012345678')).toBeNull();
    expect(classifyDomestic('11012345678')).toBeNull();
  });
});
