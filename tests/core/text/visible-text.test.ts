// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { visibleSegments, visibleString, type VisibleSegment } from '../../../src-main/core/text/visible-text';

const markers = (segments: VisibleSegment[]) => segments.filter((s) => s.kind === 'marker').map((s) => s.text);

describe('visible text: attacks on sender names', () => {
  it('shows the right-to-left override that makes "+86 138 [RLO] gnp.exe" read as an image file', () => {
    const name = '+86 138\u202Egnp.exe';
    expect(visibleString(name, 'name')).toBe('+86 138⟨U+202E⟩gnp.exe');
    const segments = visibleSegments(name, 'name');
    expect(segments).toEqual([
      { kind: 'text', text: '+86 138', start: 0, end: 7 },
      { kind: 'marker', text: '⟨U+202E⟩', codePoint: 'U+202E', name: 'RLO', group: 'bidi', start: 7, end: 8 },
      { kind: 'text', text: 'gnp.exe', start: 8, end: 15 },
    ]);
  });

  it('shows the zero-width space that makes 955 [ZWSP] 88 pass for the bank\'s 95588', () => {
    expect(visibleString('955\u200B88', 'name')).toBe('955⟨U+200B⟩88');
    const [, mark] = visibleSegments('955\u200B88', 'name');
    expect(mark).toMatchObject({ kind: 'marker', name: 'ZWSP', group: 'invisible' });
  });

  it('shows a zero-width joiner or word joiner between digits, which no emoji explains', () => {
    expect(visibleString('955\u200D88', 'name')).toBe('955⟨U+200D⟩88');
    expect(visibleString('9\u20605588', 'name')).toBe('9⟨U+2060⟩5588');
    expect(visibleString('\uFEFF95588', 'name')).toBe('⟨U+FEFF⟩95588');
  });

  it('shows the override in a contact name that would reverse 工商银行客服 into a different order', () => {
    const contact = '\u202E服客行银商工\u202C';
    expect(markers(visibleSegments(contact, 'name'))).toEqual(['⟨U+202E⟩', '⟨U+202C⟩']);
    expect(visibleString(contact, 'name')).not.toMatch(/[\u202A-\u202E]/);
  });

  it('shows every bidi control: embeddings, overrides, isolates, marks and the Arabic letter mark', () => {
    const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c];
    for (const code of controls) {
      const [, mark] = visibleSegments(`a${String.fromCodePoint(code)}b`, 'name');
      expect(mark, code.toString(16)).toMatchObject({ kind: 'marker', group: 'bidi' });
    }
  });

  it('marks line breaks, tabs and other controls in a name, so a name cannot fake a second line', () => {
    expect(visibleString('95588\n工商银行', 'name')).toBe('95588⟨U+000A⟩工商银行');
    expect(visibleString('a\tb\u0000c\u001bd\u0085e\u007f', 'name')).toBe('a⟨U+0009⟩b⟨U+0000⟩c⟨U+001B⟩d⟨U+0085⟩e⟨U+007F⟩');
    expect(visibleSegments('a\u0000', 'name')[1]).toMatchObject({ name: 'NUL', group: 'control' });
  });

  it('marks soft hyphens, Hangul fillers, tag characters, separators and a lone surrogate half', () => {
    expect(visibleString('955\u00AD88', 'name')).toBe('955⟨U+00AD⟩88');
    expect(visibleString('\u3164\u3164', 'name')).toBe('⟨U+3164⟩⟨U+3164⟩');
    // "Hi" spelled in tag characters: text a reader cannot see but a program can.
    expect(visibleString('ok\u{E0048}\u{E0069}', 'name')).toBe('ok⟨U+E0048⟩⟨U+E0069⟩');
    expect(visibleString('a\u2028b\u2029c', 'name')).toBe('a⟨U+2028⟩b⟨U+2029⟩c');
    expect(visibleString('x\uD800y', 'name')).toBe('x⟨U+D800⟩y');
  });

  it('marks tag characters after a flag that never closes them: hidden text, not a subdivision flag', () => {
    expect(visibleString('\u{1F3F4}\u{E0067}\u{E0062}', 'name')).toBe('\u{1F3F4}⟨U+E0067⟩⟨U+E0062⟩');
    expect(visibleString('\u{1F3F4}\u{E007F}', 'name')).toBe('\u{1F3F4}⟨U+E007F⟩');
  });

  it('marks a variation selector hidden between digits', () => {
    expect(visibleString('955\uFE0F88', 'name')).toBe('955⟨U+FE0F⟩88');
  });

  it('leaves ordinary names alone, emoji sequences included', () => {
    for (const name of [
      '95588',
      '中国工商银行',
      'Alice Smith',
      '+8613800138000',
      'مرحبا',
      '妈妈\u{1F469}\u200D\u{1F467}',
      '\u2764\uFE0F',
      '1\uFE0F\u20E3',
      // Scotland's flag: a black flag, the tags g b s c t, and the cancel tag.
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      '\u{1F44D}\u{1F3FD}',
      '\u{1F468}\u{1F3FD}\u200D\u{1F4BB}',
      '葛\u{E0100}',
    ]) {
      expect(visibleString(name, 'name'), name).toBe(name);
      expect(visibleSegments(name, 'name').every((s) => s.kind === 'text'), name).toBe(true);
    }
  });
});

describe('visible text: message bodies', () => {
  it('keeps line breaks and tabs, CRLF included, but shows a lone carriage return', () => {
    expect(visibleString('第一行\n第二行\r\n\t第三行', 'body')).toBe('第一行\n第二行\r\n\t第三行');
    expect(visibleString('a\rb', 'body')).toBe('a⟨U+000D⟩b');
  });

  it('shows a reversed link a scammer hid in the text', () => {
    const body = '【工商银行】您的账户异常，请登录 icbc.com.\u202Emoc.evil//:sptth\u202C 处理';
    expect(markers(visibleSegments(body, 'body'))).toEqual(['⟨U+202E⟩', '⟨U+202C⟩']);
  });

  it('leaves markup as plain text for the renderer to escape: markers are only for invisible characters', () => {
    const body = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(visibleSegments(body, 'body')).toEqual([{ kind: 'text', text: body, start: 0, end: body.length }]);
  });

  it('cuts a range with offsets into the whole text, so highlight spans stay where they were', () => {
    const body = '回复 955\u200B88 退订';
    const segments = visibleSegments(body, 'body', 3, 9);
    expect(segments).toEqual([
      { kind: 'text', text: '955', start: 3, end: 6 },
      expect.objectContaining({ kind: 'marker', text: '⟨U+200B⟩', start: 6, end: 7 }),
      { kind: 'text', text: '88', start: 7, end: 9 },
    ]);
    for (const s of segments) if (s.kind === 'text') expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('judges a joiner by its neighbours outside the range: a slice of an emoji sequence marks nothing', () => {
    const body = '家人\u{1F469}\u200D\u{1F467}平安';
    const joiner = body.indexOf('\u200D');
    expect(visibleSegments(body, 'body', joiner, joiner + 1)).toEqual([{ kind: 'text', text: '\u200D', start: joiner, end: joiner + 1 }]);
  });

  it('returns nothing for an empty text or range', () => {
    expect(visibleSegments('', 'body')).toEqual([]);
    expect(visibleSegments('abc', 'body', 2, 2)).toEqual([]);
  });

  it('handles a 100,000-character unbroken body quickly and without a marker', () => {
    const body = 'A'.repeat(100_000);
    const started = performance.now();
    const segments = visibleSegments(body, 'body');
    expect(performance.now() - started).toBeLessThan(200);
    expect(segments).toEqual([{ kind: 'text', text: body, start: 0, end: 100_000 }]);
  });

  it('marks every one of many hidden characters in a long body', () => {
    const body = 'a\u200B'.repeat(10_000);
    expect(markers(visibleSegments(body, 'body'))).toHaveLength(10_000);
  });
});
