// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findBankCards } from '../../../src-main/core/pii/bank-cards';
import { passesLuhn } from '../../../src-main/core/pii/luhn';

function cards(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  findBankCards(text, out);
  return out;
}

describe('bank card numbers', () => {
  it('finds a Luhn-valid UnionPay number, contiguous or in groups of four', () => {
    expect(passesLuhn('6214836025718848')).toBe(true);
    expect(cards('请向卡号6214836025718848转账')).toEqual([{ type: 'bank_card', value: '6214836025718848', start: 4, end: 20, score: 0.95 }]);
    expect(cards('收款账户 6214 8360 2571 8848 户名张伟').map((f) => f.value)).toEqual(['6214836025718848']);
  });

  it('finds a 19-digit card', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(cards('工行卡6222021234567890128').map((f) => f.value)).toEqual(['6222021234567890128']);
  });

  it('refuses numbers failing Luhn', () => {
    expect(cards('卡号6214836025718849')).toEqual([]);
  });

  it('refuses a Luhn-valid run with neither an issuer prefix nor a card word', () => {
    expect(passesLuhn('1234567812345670')).toBe(true);
    expect(cards('编码1234567812345670')).toEqual([]);
  });

  it('leaves a valid resident ID and order numbers alone', () => {
    expect(cards('身份证110105194912310029')).toEqual([]);
    expect(cards('订单号6214836025718848')).toEqual([]);
  });
});
