// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { bankCardWithTail, residentId } from '../../../src-main/core/demo/fictional-identity';
import { passesLuhn } from '../../../src-main/core/pii/luhn';
import { residentIdCheckChar } from '../../../src-main/core/pii/resident-id';

describe('residentIdCheckChar', () => {
  it('gives the check characters of the standard\'s worked examples', () => {
    // GB 11643-1999 Appendix A uses 11010519491231002X; 440524188001010014 is its other example.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('rejects a body that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });
});

describe('residentId', () => {
  it('puts region, birth date and sequence in place and appends the check character', () => {
    expect(residentId('110105', '1949-12-31', '002')).toBe('11010519491231002X');
  });
});

describe('bankCardWithTail', () => {
  it('keeps prefix and tail and fits one digit so the number passes Luhn', () => {
    const card = bankCardWithTail('621483', '02571', '8848');
    expect(card).toMatch(/^621483\d025718848$/);
    expect(passesLuhn(card)).toBe(true);
  });

  it('agrees with Luhn on a known number', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});
