// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { CharRefRepair } from '../../../src-main/core/importers/xml-char-refs';

function repairWhole(text: string): string {
  const repair = new CharRefRepair();
  return repair.push(text) + repair.flush();
}

function repairInPieces(pieces: string[]): string {
  const repair = new CharRefRepair();
  return pieces.map((piece) => repair.push(piece)).join('') + repair.flush();
}

describe('CharRefRepair', () => {
  it('decodes surrogate-pair references into one emoji', () => {
    expect(repairWhole('body="Some text content here &#55357;&#56834;"')).toBe('body="Some text content here 😂"');
  });

  it('decodes hexadecimal and mixed-case surrogate references', () => {
    expect(repairWhole('&#xD83D;&#xde02; and &#XD83D;')).toBe('😂 and &#XD83D;');
    expect(repairWhole('&#xd83c;&#57101;')).toBe('🌍');
  });

  it('turns a lone high or low surrogate reference into U+FFFD', () => {
    expect(repairWhole('a&#55357;b')).toBe('a\uFFFDb');
    expect(repairWhole('a&#56834;b')).toBe('a\uFFFDb');
    expect(repairWhole('&#55357;&#55357;&#56834;')).toBe('\uFFFD😂');
    expect(repairWhole('end&#55357;')).toBe('end\uFFFD');
  });

  it('replaces references to characters XML forbids, keeping tab, newline and carriage return', () => {
    expect(repairWhole('&#0;&#1;&#x1F;&#xFFFE;&#1114112;')).toBe('\uFFFD'.repeat(5));
    expect(repairWhole('&#9;&#10;&#13;&#x1F30D;&#8212;')).toBe('&#9;&#10;&#13;&#x1F30D;&#8212;');
  });

  it('leaves valid references, named entities and non-references for the parser', () => {
    const text = '&amp;#55357; &lt; &#65; &# &#x; &#12a; &#00000000000055357; & #55357;';
    expect(repairWhole(text)).toBe(text);
  });

  it('gives the same result for every way of cutting the text in two', () => {
    const text = 'x&#55357;&#56834;y&#xD83C;&#xDF0D;z&#55357;w&#10;&#56834;&amp;&#65;&';
    const whole = repairWhole(text);
    expect(whole).toBe('x😂y🌍z\uFFFDw&#10;\uFFFD&amp;&#65;&');
    for (let cut = 0; cut <= text.length; cut++) {
      expect(repairInPieces([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toBe(whole);
    }
  });

  it('gives the same result when the text arrives one character at a time', () => {
    const text = '<sms body="&#55357;&#56834;&#55357;&#56834; 好 &#x1F600; &#xD83D;"/>';
    expect(repairInPieces([...text])).toBe(repairWhole(text));
    expect(repairWhole(text)).toBe('<sms body="😂😂 好 &#x1F600; \uFFFD"/>');
  });

  it('holds back at most a short tail between chunks', () => {
    const repair = new CharRefRepair();
    expect(repair.push('abc&#5535')).toBe('abc');
    expect(repair.push('7;&#568')).toBe('');
    expect(repair.push('34;def&')).toBe('😂def');
    expect(repair.flush()).toBe('&');
  });
});
