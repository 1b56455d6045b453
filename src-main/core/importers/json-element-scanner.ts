// SPDX-License-Identifier: MIT
// Cuts a JSON export, arriving as text chunks, into the message objects it holds: the elements of
// a top-level array, the elements of a message array inside a top-level object
// (`{ "messages": [...] }`), or the top-level objects of JSON Lines. JSON.parse needs a whole
// document and none of the installed libraries parses JSON as a stream, while exports reach
// hundreds of MB; so this scanner only tracks strings, escapes and bracket depth to find where
// each message object starts and ends, and each object is then parsed on its own with JSON.parse.
// Memory is bounded by the largest message object (refused above 1 MB) and the nesting depth.

export interface JsonElement {
  text: string;
  /** 1-based number of the message in the file. */
  index: number;
  /** Line where the object starts. */
  line: number;
}

export class JsonScanError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'JsonScanError';
  }
}

export const MAX_ELEMENT_CHARS = 1 << 20;
const MAX_DEPTH = 64;
const MAX_KEY_CHARS = 64;
/**
 * Keys of a top-level object whose array value holds the messages. Matched whole (case, `_` and
 * `-` aside) so that a JSON Lines message with, say, an `attachments` array stays one message.
 */
const MESSAGE_ARRAY_KEYS = new Set([
  'messages', 'message', 'msgs', 'msg', 'sms', 'smses', 'smslist', 'messagelist', 'msglist',
  'records', 'items', 'list', 'data', 'rows', '短信', '消息', '短信列表', '消息列表',
]);

function isMessageArrayKey(key: string): boolean {
  return MESSAGE_ARRAY_KEYS.has(key.toLowerCase().replace(/[_\-\s]/g, ''));
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const STRUCTURE = /["{}[\]]/g;
const STRING_STOP = /["\\]/g;
const NOT_SPACE = /\S/;
const NOT_SEPARATOR = /[^\s,]/;

export class JsonElementScanner {
  readonly ready: JsonElement[] = [];
  private readonly stack: number[] = [];
  private inString = false;
  private escaped = false;
  /** Depth of the stack inside the array whose elements are messages; -1 outside such an array. */
  private elementDepth = -1;
  /** The object being captured: a message, or a top-level object that may be one (JSON Lines). */
  private capture: { parts: string[]; chars: number; depth: number; line: number; start: number } | null = null;
  /** The current top-level object turned out to hold a message array. */
  private sawMessageArray = false;
  private key: string[] | null = null;
  private lastKey: string | null = null;
  private count = 0;
  private line = 1;
  private text = '';
  private lineCountedTo = 0;

  push(text: string): void {
    this.text = text;
    this.lineCountedTo = 0;
    if (this.capture) this.capture.start = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          this.keyText(i, i + 1);
          i += 1;
          continue;
        }
        STRING_STOP.lastIndex = i;
        const m = STRING_STOP.exec(text);
        const j = m ? m.index : n;
        this.keyText(i, j);
        if (!m) break;
        if (text.charCodeAt(j) === 0x5c) {
          this.keyText(j, j + 1);
          this.escaped = true;
        } else {
          this.inString = false;
          this.endString();
        }
        i = j + 1;
        continue;
      }
      STRUCTURE.lastIndex = i;
      const m = STRUCTURE.exec(text);
      const j = m ? m.index : n;
      if (j > i) this.checkGap(i, j);
      if (!m) break;
      this.structure(text.charCodeAt(j), j);
      i = j + 1;
    }
    if (this.capture) this.grow(text.slice(this.capture.start));
    this.countLines(n);
  }

  /** Called at the end of the input. */
  end(): void {
    if (this.inString || this.stack.length > 0) throw new JsonScanError(this.line, 'the JSON ends before its last object or array is closed; the file is truncated');
  }

  private lineAt(index: number): number {
    this.countLines(index);
    return this.line;
  }

  private countLines(index: number): void {
    for (let k = this.text.indexOf('\n', this.lineCountedTo); k !== -1 && k < index; k = this.text.indexOf('\n', k + 1)) this.line += 1;
    this.lineCountedTo = Math.max(this.lineCountedTo, index);
  }

  /** Text between structural characters: only whitespace at the top, only separators between messages. */
  private checkGap(from: number, to: number): void {
    const depth = this.stack.length;
    if (depth === 0) {
      const gap = this.text.slice(from, to);
      if (NOT_SPACE.test(gap)) throw new JsonScanError(this.lineAt(from + gap.search(NOT_SPACE)), 'expected an object or an array of objects');
    } else if (depth === this.elementDepth) {
      const gap = this.text.slice(from, to);
      if (NOT_SEPARATOR.test(gap)) throw new JsonScanError(this.lineAt(from + gap.search(NOT_SEPARATOR)), `message ${this.count + 1} is not an object`);
    }
  }

  private structure(c: number, at: number): void {
    const depth = this.stack.length;
    const top = this.stack[depth - 1];
    switch (c) {
      case 0x22: // "
        if (depth === 0) throw new JsonScanError(this.lineAt(at), 'expected an object or an array of objects');
        if (depth === this.elementDepth) throw new JsonScanError(this.lineAt(at), `message ${this.count + 1} is not an object`);
        this.inString = true;
        this.key = depth === 1 && top === OPEN_OBJECT && this.elementDepth === -1 ? [] : null;
        return;
      case OPEN_OBJECT:
      case OPEN_ARRAY: {
        if (depth >= MAX_DEPTH) throw new JsonScanError(this.lineAt(at), 'objects and arrays are nested too deeply');
        this.stack.push(c);
        if (c === OPEN_ARRAY) {
          if (depth === 0) this.elementDepth = 1;
          else if (depth === this.elementDepth) throw new JsonScanError(this.lineAt(at), `message ${this.count + 1} is not an object`);
          else if (depth === 1 && top === OPEN_OBJECT && this.elementDepth === -1 && this.lastKey !== null && isMessageArrayKey(this.lastKey)) {
            this.elementDepth = 2;
            this.sawMessageArray = true;
            this.capture = null;
          }
          return;
        }
        if (depth === 0 || depth === this.elementDepth) this.capture = { parts: [], chars: 0, depth, line: this.lineAt(at), start: at };
        return;
      }
      case 0x7d: // }
      case 0x5d: {
        // ]
        const opener = c === 0x7d ? OPEN_OBJECT : OPEN_ARRAY;
        if (top !== opener) throw new JsonScanError(this.lineAt(at), `${String.fromCharCode(c)} does not close an open ${c === 0x7d ? 'object' : 'array'}`);
        this.stack.pop();
        if (c === 0x5d && this.stack.length === this.elementDepth - 1) this.elementDepth = -1;
        if (this.capture && this.stack.length === this.capture.depth) this.finishCapture(at);
        else if (this.stack.length === 0 && c === 0x7d) this.finishTopObject(at);
        return;
      }
    }
  }

  private keyText(from: number, to: number): void {
    if (this.key === null || to <= from) return;
    this.key.push(this.text.slice(from, Math.min(to, from + MAX_KEY_CHARS)));
    if (this.key.reduce((sum, p) => sum + p.length, 0) > MAX_KEY_CHARS) this.key = null;
  }

  private endString(): void {
    if (this.key === null) return;
    try {
      this.lastKey = JSON.parse(`"${this.key.join('')}"`) as string;
    } catch {
      this.lastKey = null;
    }
    this.key = null;
  }

  private grow(part: string): void {
    const capture = this.capture!;
    capture.parts.push(part);
    capture.chars += part.length;
    if (capture.chars <= MAX_ELEMENT_CHARS) return;
    if (capture.depth === 0) {
      // A top-level object this large is no single message; keep looking for its message array.
      this.capture = null;
      return;
    }
    throw new JsonScanError(capture.line, `message ${this.count + 1} is larger than 1 MB`);
  }

  private finishCapture(at: number): void {
    const capture = this.capture!;
    capture.parts.push(this.text.slice(capture.start, at + 1));
    this.capture = null;
    this.count += 1;
    this.ready.push({ text: capture.parts.join(''), index: this.count, line: capture.line });
    if (capture.depth === 0) this.resetTop();
  }

  private finishTopObject(at: number): void {
    if (!this.sawMessageArray) throw new JsonScanError(this.lineAt(at), 'a top-level object larger than 1 MB that holds no array of messages');
    this.resetTop();
  }

  private resetTop(): void {
    this.sawMessageArray = false;
    this.lastKey = null;
  }
}
