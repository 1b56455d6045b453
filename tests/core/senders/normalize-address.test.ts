// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';

type Case = [raw: string, address: string, kind: string];

function check(cases: Case[]): void {
  for (const [raw, address, kind] of cases) {
    expect(normalizeAddress(raw), JSON.stringify(raw)).toEqual({ address, kind });
  }
}

describe('normalizeAddress for Chinese mobile numbers', () => {
  it('gives one address for every way a phone writes the same mobile number', () => {
    check([
      ['13800138000', '13800138000', 'mobile'],
      ['+8613800138000', '13800138000', 'mobile'],
      ['008613800138000', '13800138000', 'mobile'],
      ['8613800138000', '13800138000', 'mobile'],
      ['+86 138 0013 8000', '13800138000', 'mobile'],
      ['138-0013-8000', '13800138000', 'mobile'],
      ['(+86) 138 0013 8000', '13800138000', 'mobile'],
      ['＋８６ １３８ ００１３ ８０００', '13800138000', 'mobile'],
      ['  19912345678\t', '19912345678', 'mobile'],
    ]);
  });

  it('covers every mobile range from 13x to 19x', () => {
    check([
      ['14512345678', '14512345678', 'mobile'],
      ['16612345678', '16612345678', 'mobile'],
      ['17012345678', '17012345678', 'mobile'],
      ['+8619512345678', '19512345678', 'mobile'],
    ]);
  });

  it('drops the trunk 0 and carrier routing prefixes in front of a mobile number', () => {
    check([
      ['013800138000', '13800138000', 'mobile'],
      ['1252013800138000', '13800138000', 'mobile'],
      ['17951 13800138000', '13800138000', 'mobile'],
    ]);
  });
});

describe('normalizeAddress for Chinese fixed lines', () => {
  it('normalises landlines to 0 + area code + number', () => {
    check([
      ['021-5888 8888', '02158888888', 'landline'],
      ['(021)58888888', '02158888888', 'landline'],
      ['（021）5888-8888', '02158888888', 'landline'],
      ['+86 21 5888 8888', '02158888888', 'landline'],
      ['0086 21 58888888', '02158888888', 'landline'],
      ['+86 (0)21 5888 8888', '02158888888', 'landline'],
      ['862158888888', '02158888888', 'landline'],
      ['010-12345678', '01012345678', 'landline'],
      ['0755-2345 6789', '075523456789', 'landline'],
      ['0571 8888 888', '05718888888', 'landline'],
    ]);
  });

  it('keeps a local number dialled without area code as it is, never taking its 86 for a country code', () => {
    check([
      ['58888888', '58888888', 'landline'],
      ['86123456', '86123456', 'landline'],
      ['2345678', '2345678', 'landline'],
    ]);
  });
});

describe('normalizeAddress for service senders', () => {
  it('classifies 95xxx and 96xxx numbers, with extension digits, as bank or service', () => {
    check([
      ['95588', '95588', 'bank_service'],
      ['95555', '95555', 'bank_service'],
      ['+8695588', '95588', 'bank_service'],
      ['9555801', '9555801', 'bank_service'],
      ['95511 3', '955113', 'bank_service'],
      ['96138', '96138', 'bank_service'],
      ['962288', '962288', 'bank_service'],
    ]);
  });

  it('classifies 400 and 800 company hotlines as service numbers', () => {
    check([
      ['400-820-8820', '4008208820', 'bank_service'],
      ['800 830 8300', '8008308300', 'bank_service'],
    ]);
  });

  it('keeps 106 gateway numbers whole, however long', () => {
    check([
      ['1069012345678', '1069012345678', 'sms_gateway'],
      ['10690000123456789012', '10690000123456789012', 'sms_gateway'],
      ['1065502004955590', '1065502004955590', 'sms_gateway'],
      ['+86 10690 1234 5678', '1069012345678', 'sms_gateway'],
      ['861069012345678', '1069012345678', 'sms_gateway'],
    ]);
  });

  it('classifies carrier, government and other short numbers as short codes', () => {
    check([
      ['10086', '10086', 'short_code'],
      ['10010', '10010', 'short_code'],
      ['10000', '10000', 'short_code'],
      ['1008611', '1008611', 'short_code'],
      ['12345', '12345', 'short_code'],
      ['12321', '12321', 'short_code'],
      ['12306', '12306', 'short_code'],
      ['110', '110', 'short_code'],
      ['8888', '8888', 'short_code'],
    ]);
  });
});

describe('normalizeAddress for names, emails and hidden numbers', () => {
  it('keeps alphanumeric senders as written, trimmed', () => {
    check([
      ['ICBC', 'ICBC', 'alphanumeric'],
      ['Google', 'Google', 'alphanumeric'],
      [' 淘宝 ', '淘宝', 'alphanumeric'],
      ['招商银行', '招商银行', 'alphanumeric'],
      ['AX-HDFCBK', 'AX-HDFCBK', 'alphanumeric'],
    ]);
  });

  it('lowercases email addresses, RCS group identifiers included', () => {
    check([
      ['Zhang.Wei@Example.CN', 'zhang.wei@example.cn', 'email'],
      ['group_8@rcs.google.com', 'group_8@rcs.google.com', 'email'],
    ]);
  });

  it('maps empty, "null" and hidden-number markers to unknown', () => {
    check([
      ['', 'unknown', 'unknown'],
      ['   ', 'unknown', 'unknown'],
      ['null', 'unknown', 'unknown'],
      ['NULL', 'unknown', 'unknown'],
      ['-1', 'unknown', 'unknown'],
      ['-2', 'unknown', 'unknown'],
      ['-3', 'unknown', 'unknown'],
    ]);
  });

  it('keeps unclassifiable digit strings and symbols with kind unknown', () => {
    check([
      ['1111111111', '1111111111', 'unknown'],
      ['*#06#', '*#06#', 'unknown'],
    ]);
  });
});

describe('normalizeAddress for other countries', () => {
  it('normalises to E.164 and classifies with the numbering metadata', () => {
    check([
      ['+1 (415) 555-2671', '+14155552671', 'mobile'],
      ['001 415 555 2671', '+14155552671', 'mobile'],
      ['+44 20 7183 8750', '+442071838750', 'landline'],
      ['+44 7911 123456', '+447911123456', 'mobile'],
      ['+852 9123 4567', '+85291234567', 'mobile'],
      ['+852 2123 4567', '+85221234567', 'landline'],
      ['+886 912 345 678', '+886912345678', 'mobile'],
      ['+1 800 555 0199', '+18005550199', 'bank_service'],
    ]);
  });

  it('counts a number of possible length the metadata does not know as mobile, an impossible one as unknown', () => {
    check([
      ['+15550000001', '+15550000001', 'mobile'],
      ['+21111111111', '+21111111111', 'unknown'],
    ]);
  });
});

describe('normalizeAddress for several recipients', () => {
  it('joins the normalised recipients, sorted and without duplicates, with the kind of the first', () => {
    check([
      ['13900139000~13800138000', '13800138000,13900139000', 'mobile'],
      ['+8613800138000~13800138000', '13800138000', 'mobile'],
      ['ICBC,95588', '95588,ICBC', 'bank_service'],
      ['+15550000009~+15550000012~+15550000013', '+15550000009,+15550000012,+15550000013', 'mobile'],
      ['-2~13800138000', '13800138000', 'mobile'],
      ['~', 'unknown', 'unknown'],
    ]);
  });

  it('gives the same address whatever order the recipients come in', () => {
    expect(normalizeAddress('02158888888,13800138000').address).toBe(
      normalizeAddress('13800138000~021-5888 8888').address,
    );
  });
});
