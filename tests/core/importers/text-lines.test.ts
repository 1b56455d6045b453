// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { LineSplitter, LineTooLongError } from '../../../src-main/core/importers/text-lines';

function split(chunks: string[], max = 100): string[] {
  const splitter = new LineSplitter(max);
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

describe('LineSplitter', () => {
  it('ends lines at CRLF, LF and a lone CR', () => {
    expect(split(['a\r\nb\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(split(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('keeps a CRLF cut by a chunk boundary as one break, empty chunks between included', () => {
    expect(split(['a\r', '', '\nb'])).toEqual(['a', 'b']);
    expect(split(['a\r', 'b'])).toEqual(['a', 'b']);
    expect(split(['第一', '行\r', '\n第二行\r'])).toEqual(['第一行', '第二行']);
  });

  it('refuses a line longer than its limit, with the line number', () => {
    const splitter = new LineSplitter(5);
    splitter.push('ok\nfine\n');
    expect(() => splitter.push('toolong')).toThrow(LineTooLongError);
    expect(() => new LineSplitter(5).push('a\nb\ntoolong')).toThrow(expect.objectContaining({ lineNumber: 3 }));
  });
});
