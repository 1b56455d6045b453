// SPDX-License-Identifier: MIT
// Cuts decoded text, arriving in chunks, into lines: CRLF, LF and a lone CR each end one, even when
// the chunk boundary falls between the CR and the LF. A line longer than `maxLength` is refused so
// that a file with no line breaks cannot make the reader hold all of it.

export class LineTooLongError extends Error {
  constructor(readonly lineNumber: number) {
    super(`line ${lineNumber} is too long`);
    this.name = 'LineTooLongError';
  }
}

const BREAK = /\r\n|\r|\n/g;

export class LineSplitter {
  private partial = '';
  private pendingCr = false;
  private returned = 0;

  constructor(private readonly maxLength: number) {}

  push(text: string): string[] {
    if (text === '') return [];
    let input = text;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (input.startsWith('\n')) input = input.slice(1);
    }
    if (input.endsWith('\r')) {
      // Wait for the next chunk: it may start with the LF of a CRLF.
      this.pendingCr = true;
      input = input.slice(0, -1) + '\n';
    }
    const lines: string[] = [];
    let start = 0;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(input); m !== null; m = BREAK.exec(input)) {
      lines.push(this.partial + input.slice(start, m.index));
      this.partial = '';
      start = m.index + m[0].length;
    }
    this.partial += input.slice(start);
    if (this.partial.length > this.maxLength) throw new LineTooLongError(this.returned + lines.length + 1);
    this.returned += lines.length;
    return lines;
  }

  /** The last line when the text does not end with a line break. */
  end(): string[] {
    const rest = this.partial;
    this.partial = '';
    if (rest === '') return [];
    this.returned += 1;
    return [rest];
  }
}
