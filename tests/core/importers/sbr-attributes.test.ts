// SPDX-License-Identifier: MIT
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { SbrAttributes, skipAttributeDictionary } from '../../../src-main/core/importers/sbr-attributes';

describe('SbrAttributes', () => {
  it('keeps the attributes the importer reads and drops the others', () => {
    const a = new SbrAttributes();
    for (const [name, value] of [['address', '95588'], ['readable_date', '2024年3月15日'], ['body', '余额'], ['toa', 'null']]) {
      expect(a.set(name!, value!)).toBe(true);
    }
    expect(a).toMatchObject({ address: '95588', body: '余额', date: undefined });
    expect(Object.values(a)).not.toContain('2024年3月15日');
  });

  it('refuses a second value for an attribute it reads', () => {
    const a = new SbrAttributes();
    expect(a.set('date', '1')).toBe(true);
    expect(a.set('date', '2')).toBe(false);
    expect(a.date).toBe('1');
  });
});

describe('skipAttributeDictionary', () => {
  it('applies to the installed saxes and leaves attribute events and well-formedness checks intact', () => {
    const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
    expect(skipAttributeDictionary(parser)).toBe(true);
    const seen: string[] = [];
    const dictionaries: number[] = [];
    parser.on('attribute', ({ name, value }) => seen.push(`${name}=${value}`));
    parser.on('opentag', (tag) => dictionaries.push(Object.keys(tag.attributes).length));
    parser.write('<smses><sms a="1" b="&#10;x"/><sms c="3"/></smses>');
    parser.close();
    expect(seen).toEqual(['a=1', 'b=\nx', 'c=3']);
    expect(dictionaries).toEqual([0, 0, 0]);
    const broken = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
    skipAttributeDictionary(broken);
    expect(() => broken.write('<smses><sms a="1></smses>').close()).toThrow(/disallowed character|unclosed/);
  });
});
