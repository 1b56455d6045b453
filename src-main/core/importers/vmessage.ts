// SPDX-License-Identifier: MIT
// vMessage exports (.vmsg/.vmg, IrMC 1.1): OPPO, Meizu and MediaTek phones, older Nokia and Samsung.
// A file is a run of `BEGIN:VMSG … END:VMSG` blocks; the other party is a vCard (the originator
// outside the envelope, recipients inside `BEGIN:VENV`), and the text is in `BEGIN:VBODY` after a
// few header lines. Two body styles exist: IrMC/Nokia write `Date:` then the text as plain lines;
// MediaTek-derived exporters write `X-BOX:`, `Date:` and the text as a quoted-printable
// `Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:` property. Files reach hundreds of MB, so they
// are read line by line over decoded chunks and only the current block is held.
import { ImportInputError } from '../errors';
import type { ByteSource, ImportRecord, MessageRecord, ReadOptions, StreamImporter } from '../import/records';
import type { Direction, MessageBox } from '../model/message';
import { createTextDecoder } from './chunked-text-decoder';
import { parseLocalTime, resolveTimeZone } from './local-time-parse';
import { HEAD_BYTES, readHead, sourceChunks } from './source-chunks';
import { decodeHead, detectTextEncoding } from './text-encoding-detect';
import { LineSplitter, LineTooLongError } from './text-lines';
import { isQuotedPrintable, nameFromN, parseProperty, propertyText, type VProperty } from './vmessage-properties';

const DEFAULT_BATCH_SIZE = 500;
const MAX_LINE_CHARS = 1 << 20;
/** No SMS or MMS text comes near this; a block that does is a damaged file, not a message. */
const MAX_MESSAGE_CHARS = 2 << 20;
const MAX_NESTING = 16;

const SNIFF = /^[\s\0]*BEGIN:VMSG[ \t]*(?:\r\n|\r|\n|$)/i;
const COMPONENT = /^(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)$/i;
const END_VBODY = /^\s*END:VBODY\s*$/i;
/** Some phones write `Date 1451393917000` without the colon. */
const DATE_WITHOUT_COLON = /^Date\s+(\d{9,14})\s*$/i;

export function sniffVmessage(head: Buffer): boolean {
  return SNIFF.test(decodeHead(head));
}

type Placement = readonly [MessageBox, Direction];

// X-IRMC-BOX (IrMC) and X-BOX (MediaTek) values; Nokia writes SENDBOX, others SENTBOX or SENT.
const BOXES: Record<string, Placement> = {
  INBOX: ['inbox', 'in'],
  SENDBOX: ['sent', 'out'],
  SENTBOX: ['sent', 'out'],
  SENT: ['sent', 'out'],
  DRAFT: ['draft', 'out'],
  DRAFTS: ['draft', 'out'],
  OUTBOX: ['outbox', 'out'],
  FAILED: ['failed', 'out'],
};
// X-MESSAGE-TYPE (Nokia): the SMS PDU type, for files that name no box.
const MESSAGE_TYPES: Record<string, Placement> = { DELIVER: ['unknown', 'in'], SUBMIT: ['unknown', 'out'] };
const UNKNOWN_PLACEMENT: Placement = ['unknown', 'in'];

interface Card {
  tels: string[];
  fn: string | null;
  n: string | null;
  /** Inside BEGIN:VENV: a recipient rather than the originator. */
  inner: boolean;
}

interface Draft {
  startLine: number;
  box: string | null;
  status: string | null;
  messageType: string | null;
  /** X-NOK-DT, which Nokia writes in UTC beside the local `Date:`. */
  utcStamp: string | null;
  date: string | null;
  cards: Card[];
  body: string[];
  inBodyText: boolean;
  chars: number;
}

interface Continuation {
  property: VProperty;
  lines: string[];
  apply: (text: string) => void;
}

/** The other party: the originator of what came in, the recipients (joined by `~`) of what went out. */
function otherParty(cards: Card[], direction: Direction): { address: string; contactName: string | null } {
  const withTel = cards.filter((c) => c.tels.length > 0);
  const outer = withTel.filter((c) => !c.inner);
  const inner = withTel.filter((c) => c.inner);
  const chosen = direction === 'in' ? (outer.length > 0 ? outer : inner) : inner.length > 0 ? inner : outer;
  if (chosen.length === 0) return { address: '', contactName: null };
  const address = chosen.map((c) => c.tels[0]!).join('~');
  return { address, contactName: chosen.length === 1 ? (chosen[0]!.fn ?? chosen[0]!.n) : null };
}

function readFlag(status: string | null): boolean | null {
  if (status === 'READ') return true;
  if (status === 'UNREAD') return false;
  return null;
}

/** Turns lines into records; `pending` fills up as lines are fed. */
export class VmessageParser {
  readonly pending: MessageRecord[] = [];
  count = 0;
  private draft: Draft | null = null;
  private open: string[] = [];
  private card: Card | null = null;
  private continuation: Continuation | null = null;

  constructor(
    private readonly file: string,
    private readonly zone: string,
    /** For quoted-printable values that name no CHARSET. */
    private readonly defaultCharset: string,
  ) {}

  line(text: string, lineNumber: number): void {
    const draft = this.draft;
    if (draft === null) return this.outside(text, lineNumber);
    draft.chars += text.length + 1;
    if (draft.chars > MAX_MESSAGE_CHARS) throw this.malformed(draft.startLine, 'the message is larger than 2 MB; the file is damaged');
    if (this.continuation && this.continueValue(this.continuation, text)) return;
    if (this.open.at(-1) === 'VBODY' && !END_VBODY.test(text)) return this.bodyLine(draft, text);
    const trimmed = text.trim();
    if (trimmed === '') return;
    const component = COMPONENT.exec(trimmed);
    if (component) {
      const name = component[2]!.toUpperCase();
      return component[1]!.toUpperCase() === 'BEGIN' ? this.begin(draft, name, lineNumber) : this.end(draft, name, lineNumber);
    }
    const property = parseProperty(trimmed);
    // Anything else outside the body (folded vCard lines, vendor noise) carries nothing we read.
    if (property) this.property(draft, property);
  }

  /** Called at the end of the input. */
  finish(): void {
    if (this.continuation) this.endContinuation(this.continuation);
    if (this.draft) {
      throw this.malformed(this.draft.startLine, 'the message starting here has no END:VMSG; the file is truncated');
    }
  }

  malformed(line: number, detail: string): ImportInputError {
    return new ImportInputError('MALFORMED_INPUT', this.file, detail, { line, column: 1 });
  }

  private outside(text: string, lineNumber: number): void {
    const trimmed = text.replace(/\0/g, '').trim();
    if (trimmed === '') return;
    if (!/^BEGIN:VMSG$/i.test(trimmed)) throw this.malformed(lineNumber, 'expected BEGIN:VMSG between messages');
    this.draft = {
      startLine: lineNumber,
      box: null,
      status: null,
      messageType: null,
      utcStamp: null,
      date: null,
      cards: [],
      body: [],
      inBodyText: false,
      chars: 0,
    };
    this.open = [];
  }

  private begin(draft: Draft, name: string, lineNumber: number): void {
    if (name === 'VMSG') throw this.malformed(lineNumber, `BEGIN:VMSG inside the message that starts at line ${draft.startLine}`);
    if (this.open.length >= MAX_NESTING) throw this.malformed(lineNumber, 'components nested too deeply');
    if (name === 'VCARD') {
      if (this.card) throw this.malformed(lineNumber, 'BEGIN:VCARD inside a vCard');
      this.card = { tels: [], fn: null, n: null, inner: this.open.includes('VENV') };
    }
    this.open.push(name);
  }

  private end(draft: Draft, name: string, lineNumber: number): void {
    const top = this.open.at(-1);
    if (name === 'VMSG') {
      if (top !== undefined) throw this.malformed(lineNumber, `END:VMSG before END:${top}`);
      this.draft = null;
      this.pending.push(this.record(draft));
      this.count += 1;
      return;
    }
    if (top !== name) throw this.malformed(lineNumber, top ? `END:${name} where END:${top} was expected` : `END:${name} without BEGIN:${name}`);
    this.open.pop();
    if (name === 'VCARD' && this.card) {
      draft.cards.push(this.card);
      this.card = null;
    }
  }

  /**
   * Header lines (`X-…:`, one `Date:`) until the first line of text; a `Subject` property is the
   * text itself. Text whose first line looks like a second `Date:` stays text.
   */
  private bodyLine(draft: Draft, text: string): void {
    if (!draft.inBodyText) {
      const bareDate = draft.date === null ? DATE_WITHOUT_COLON.exec(text) : null;
      if (bareDate) {
        draft.date = bareDate[1]!;
        return;
      }
      const property = parseProperty(text);
      const isHeader = property !== null && ((property.name === 'DATE' && draft.date === null) || property.name.startsWith('X-'));
      if (isHeader) return this.property(draft, property);
      draft.inBodyText = true;
      if (property?.name === 'SUBJECT') return this.withText(property, (t) => draft.body.push(t));
    }
    draft.body.push(text);
  }

  private property(draft: Draft, p: VProperty): void {
    const card = this.card;
    if (card) {
      if (p.name === 'TEL') {
        this.withText(p, (t) => {
          if (t.trim() !== '') card.tels.push(t.trim());
        });
      }
      else if (p.name === 'FN') this.withText(p, (t) => (card.fn = t.trim() || null));
      else if (p.name === 'N') this.withText(p, (t) => (card.n = nameFromN(t)));
      return;
    }
    const value = p.value.trim().toUpperCase();
    switch (p.name) {
      case 'X-IRMC-BOX':
      case 'X-BOX':
        draft.box = value;
        break;
      case 'X-IRMC-STATUS':
      case 'X-READ':
        draft.status = value;
        break;
      case 'X-MESSAGE-TYPE':
        draft.messageType = value;
        break;
      case 'X-NOK-DT':
        draft.utcStamp = p.value.trim();
        break;
      case 'DATE':
        draft.date = p.value.trim();
        break;
      default:
      // VERSION, X-SIMID, X-LOCKED, X-TYPE...: nothing a message record holds.
    }
  }

  /** Applies a property's text now, or once the soft-broken lines of a quoted-printable value are in. */
  private withText(property: VProperty, apply: (text: string) => void): void {
    if (isQuotedPrintable(property) && property.value.endsWith('=')) {
      this.continuation = { property, lines: [property.value], apply };
      return;
    }
    apply(propertyText(property, property.value, this.defaultCharset));
  }

  /** True when the line belonged to the pending quoted-printable value. */
  private continueValue(continuation: Continuation, text: string): boolean {
    if (COMPONENT.test(text.trim())) {
      // A writer that ended the value with a stray `=`: the block goes on.
      this.endContinuation(continuation);
      return false;
    }
    continuation.lines.push(text);
    if (!text.endsWith('=')) this.endContinuation(continuation);
    return true;
  }

  private endContinuation(continuation: Continuation): void {
    this.continuation = null;
    continuation.apply(propertyText(continuation.property, continuation.lines.join('\n'), this.defaultCharset));
  }

  private record(draft: Draft): MessageRecord {
    const time = draft.utcStamp !== null ? parseLocalTime(draft.utcStamp, 'UTC') : draft.date !== null ? parseLocalTime(draft.date, this.zone) : null;
    if (time === null) {
      const what = draft.date === null && draft.utcStamp === null ? 'has no Date' : 'has a Date Leakline does not recognise';
      throw this.malformed(draft.startLine, `the message starting here ${what}`);
    }
    const [box, direction] = (draft.box !== null ? BOXES[draft.box] : undefined) ?? MESSAGE_TYPES[draft.messageType ?? ''] ?? UNKNOWN_PLACEMENT;
    const { address, contactName } = otherParty(draft.cards, direction);
    return {
      type: 'message',
      kind: 'sms',
      address,
      contactName,
      direction,
      box,
      time,
      timeSent: null,
      body: draft.body.join('\n'),
      serviceCenter: null,
      read: readFlag(draft.status),
    };
  }
}

async function* readVmessage(source: ByteSource, options: ReadOptions, batchSize: number): AsyncGenerator<ImportRecord[]> {
  const file = source.name;
  const zone = resolveTimeZone(options.timeZone);
  const head = await readHead(source, HEAD_BYTES);
  if (head.length === 0) throw new ImportInputError('UNKNOWN_FORMAT', file, 'the file is empty');
  if (!sniffVmessage(head)) throw new ImportInputError('UNKNOWN_FORMAT', file, 'not a vMessage file (expected BEGIN:VMSG at the start)');
  const encoding = detectTextEncoding(head);
  const decoder = createTextDecoder(encoding);
  const splitter = new LineSplitter(MAX_LINE_CHARS);
  const parser = new VmessageParser(file, zone, encoding === 'gb18030' ? 'gb18030' : 'utf-8');
  let lineNumber = 0;
  const feed = (lines: () => string[]) => {
    let batch: string[];
    try {
      batch = lines();
    } catch (err) {
      if (err instanceof LineTooLongError) throw parser.malformed(err.lineNumber, 'the line is longer than 1 MB; the file is damaged');
      throw err;
    }
    for (const line of batch) parser.line(line, ++lineNumber);
  };
  for await (const chunk of sourceChunks(source, options)) {
    feed(() => splitter.push(decoder.write(chunk)));
    while (parser.pending.length >= batchSize) yield parser.pending.splice(0, batchSize);
  }
  feed(() => splitter.push(decoder.end()));
  feed(() => splitter.end());
  parser.finish();
  if (parser.pending.length > 0) yield parser.pending.splice(0);
  if (parser.count === 0) throw new ImportInputError('EMPTY_BACKUP', file, 'the file contains no messages');
}

/** `batchSize` is only for tests that need to see records yielded before an error. */
export function createVmessageImporter(options: { batchSize?: number } = {}): StreamImporter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    kind: 'stream',
    format: 'vmessage',
    sniff: sniffVmessage,
    read: (source, readOptions) => readVmessage(source, readOptions, batchSize),
  };
}

export const vmessageImporter: StreamImporter = createVmessageImporter();
