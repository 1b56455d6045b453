// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '../../../src-main/core/profile/profile-file';
import { ProfileInputError } from '../../../src-main/core/profile/profile-input-error';

const demoText = readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8');

function failure(text: string): ProfileInputError {
  try {
    parseProfileFile(text);
  } catch (err) {
    if (err instanceof ProfileInputError) return err;
    throw err;
  }
  throw new Error('expected the profile to be refused');
}

describe('parseProfileFile', () => {
  it('accepts the demo profile unchanged', () => {
    expect(parseProfileFile(demoText)).toEqual(JSON.parse(demoText));
  });

  it('normalises phones, ID and cards', () => {
    const profile = parseProfileFile(
      JSON.stringify({ phones: ['+86 139-1234-5678', '0086 13800138000', '025-8456 1234'], id_number: '32010619900517283x', bank_cards: ['6214 8360 2571 8848'] }),
    );
    expect(profile).toEqual({ phones: ['13912345678', '13800138000', '02584561234'], id_number: '32010619900517283X', bank_cards: ['6214836025718848'] });
  });

  it('accepts a byte-order mark', () => {
    expect(parseProfileFile('\uFEFF{"name":"林晓峰"}')).toEqual({ name: '林晓峰' });
  });

  it('explains invalid JSON', () => {
    const err = failure('{"name": "林晓峰",}');
    expect(err.message).toMatch(/not valid JSON/);
    expect(err.field).toBeNull();
    expect(err.code).toBe('MALFORMED_INPUT');
  });

  it('names the path of a wrongly shaped field', () => {
    expect(failure('{"relatives": [{"name": "林建国"}, {"relation": "母亲"}]}').field).toBe('relatives.1.name');
    expect(failure('{"phones": "13912345678"}').field).toBe('phones');
    expect(failure('{"nickname": "小林"}').message).toMatch(/nickname|unrecognized/i);
  });

  it('refuses an ID that fails its check character, naming the field', () => {
    const err = failure('{"id_number": "320106199005172831"}');
    expect(err.field).toBe('id_number');
    expect(err.message).toMatch(/check character/);
    expect(err.message).not.toContain('320106199005172831');
  });

  it('refuses an ID with an impossible birth date', () => {
    expect(failure('{"id_number": "320106199013172834"}').message).toMatch(/birth date|check/);
  });

  it('refuses a card that fails Luhn, naming which one', () => {
    const err = failure('{"bank_cards": ["6214836025718848", "6222 0212 3456 7890"]}');
    expect(err.field).toBe('bank_cards.1');
    expect(err.message).toMatch(/Luhn/);
  });

  it('refuses a phone with too few digits', () => {
    expect(failure('{"phones": ["12-34"]}').field).toBe('phones.0');
  });
});
