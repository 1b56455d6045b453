// SPDX-License-Identifier: MIT
// SMS Backup & Restore (SyncTech) XML backups: `<smses>` with <sms> and <mms> elements, or `<calls>`
// with <call> elements, every field an attribute. Real backups reach 1–2 GB, nearly all of it base64
// media in <part data="...">, so the file is streamed through a SAX parser and only one batch of
// records is held at a time; media is never kept.
import { SaxesParser } from 'saxes';
import { CancelledError, ImportInputError } from '../errors';
import type { ByteSource, ImportRecord, ReadOptions, StreamImporter } from '../import/records';
import { CharRefRepair } from './xml-char-refs';
import { SbrAttributes, skipAttributeDictionary } from './sbr-attributes';
import { callRecord, MmsCollector, smsRecord } from './sbr-records';
import { createFileDecoder, decodeHead } from './text-decoding';
import { heldChars } from './saxes-held-text';
import { readRootName } from './xml-prolog';

const DEFAULT_BATCH_SIZE = 500;
/**
 * SBR nests four deep (<smses><mms><parts><part>). saxes keeps every open element on a stack, so a
 * file of nothing but `<a>` (3 bytes each) exhausted the heap in seconds; far past any real depth,
 * the file is refused.
 */
const MAX_DEPTH = 16;
/**
 * The longest attribute value, comment or name the parser may hold (see saxes-held-text.ts): 128 Mi
 * characters is the base64 of a 100 MB attachment (the RCS limit; MMS carriers allow a few MB).
 */
const MAX_TOKEN_CHARS = 128 * 2 ** 20;
const ROOT_NAMES = new Set(['smses', 'calls']);
const SAXES_POSITION_PREFIX = /^\d+:\d+: /;

export function sniffSbrXml(head: Buffer): boolean {
  const rootName = readRootName(decodeHead(head));
  return rootName !== null && ROOT_NAMES.has(rootName);
}

/** Turns parser events into records; `pending` fills up as text is written in. */
class SbrDocument {
  readonly pending: ImportRecord[] = [];
  recordCount = 0;
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private mms: MmsCollector | null = null;
  private sawRoot = false;
  private depth = 0;
  private attributes = new SbrAttributes();

  constructor(private readonly file: string) {
    const parser = this.parser;
    skipAttributeDictionary(parser);
    parser.on('error', (err) => {
      throw this.malformed(err.message.replace(SAXES_POSITION_PREFIX, ''), err);
    });
    parser.on('doctype', () => {
      // SBR never writes one. saxes expands no declared entity anyway, but refusing the whole
      // declaration rules out entity-expansion attacks whatever a future parser version does.
      throw this.malformed('document type declarations are not allowed in a backup');
    });
    parser.on('opentagstart', () => {
      this.attributes = new SbrAttributes();
    });
    parser.on('attribute', ({ name, value }) => {
      if (!this.attributes.set(name, value)) throw this.malformed(`duplicate attribute: ${name}`);
    });
    parser.on('opentag', (tag) => {
      this.depth += 1;
      if (this.depth > MAX_DEPTH) throw this.malformed(`elements are nested more than ${MAX_DEPTH} deep; a backup nests 4`);
      this.open(tag.name, this.attributes);
    });
    parser.on('closetag', (tag) => {
      this.depth -= 1;
      if (tag.name === 'mms' && this.mms) {
        const record = this.mms.finish();
        this.mms = null;
        this.push(record, 'mms');
      }
    });
  }

  write(text: string): void {
    if (text.length === 0) return;
    this.parser.write(text);
    if (heldChars(this.parser) > MAX_TOKEN_CHARS) {
      const limit = `${MAX_TOKEN_CHARS / 2 ** 20} Mi characters`;
      throw this.malformed(`an attribute, comment or name runs on for more than ${limit}; the file is damaged`);
    }
  }

  close(): void {
    this.parser.close();
  }

  malformed(detail: string, cause?: unknown): ImportInputError {
    const position = { line: this.parser.line, column: this.parser.column };
    return new ImportInputError('MALFORMED_INPUT', this.file, detail, position, { cause });
  }

  private open(name: string, attributes: SbrAttributes): void {
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (!ROOT_NAMES.has(name)) {
        const position = { line: this.parser.line, column: this.parser.column };
        throw new ImportInputError(
          'UNKNOWN_FORMAT',
          this.file,
          `root element <${name}> is not an SMS Backup & Restore backup (<smses> or <calls>)`,
          position,
        );
      }
      return;
    }
    switch (name) {
      case 'sms':
        this.push(smsRecord(attributes), 'sms');
        break;
      case 'call':
        this.push(callRecord(attributes), 'call');
        break;
      case 'mms':
        this.mms = new MmsCollector(attributes);
        break;
      case 'part':
        this.mms?.addPart(attributes);
        break;
      case 'addr':
        this.mms?.addAddress(attributes);
        break;
      default:
      // <parts>, <addrs> and elements a newer SBR may add carry nothing we read.
    }
  }

  private push(record: ImportRecord | null, element: string): void {
    if (record === null) throw this.malformed(`<${element}> has no valid date`);
    this.pending.push(record);
    this.recordCount += 1;
  }
}

function fileError(file: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
    return new ImportInputError('FILE_NOT_FOUND', file, 'no such file', null, { cause: err });
  }
  return err;
}

function checkHead(file: string, head: Buffer): void {
  if (!sniffSbrXml(head)) {
    throw new ImportInputError(
      'UNKNOWN_FORMAT',
      file,
      'not an SMS Backup & Restore XML backup (expected a <smses> or <calls> root element)',
    );
  }
}

async function* readSbrXml(
  source: ByteSource,
  { signal, onBytes }: ReadOptions,
  batchSize: number,
): AsyncGenerator<ImportRecord[]> {
  const file = source.name;
  if (signal?.aborted) throw new CancelledError();
  const document = new SbrDocument(file);
  const repair = new CharRefRepair();
  let decoder: TextDecoder | null = null;
  let bytesRead = 0;
  try {
    for await (const chunk of source.open()) {
      if (signal?.aborted) throw new CancelledError();
      if (decoder === null) {
        checkHead(file, chunk);
        decoder = createFileDecoder(chunk);
      }
      document.write(repair.push(decoder.decode(chunk, { stream: true })));
      bytesRead += chunk.length;
      onBytes?.(bytesRead);
      while (document.pending.length >= batchSize) yield document.pending.splice(0, batchSize);
    }
  } catch (err) {
    throw fileError(file, err);
  }
  if (decoder === null) throw new ImportInputError('UNKNOWN_FORMAT', file, 'the file is empty');
  document.write(repair.push(decoder.decode()) + repair.flush());
  document.close();
  if (document.pending.length > 0) yield document.pending.splice(0);
  if (document.recordCount === 0) {
    throw new ImportInputError('EMPTY_BACKUP', file, 'the backup contains no messages or calls');
  }
}

/** `batchSize` is only for tests that need to see records yielded before an error. */
export function createSbrXmlImporter(options: { batchSize?: number } = {}): StreamImporter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  return {
    kind: 'stream',
    format: 'sbr-xml',
    sniff: sniffSbrXml,
    read: (file, readOptions) => readSbrXml(file, readOptions, batchSize),
  };
}

export const sbrXmlImporter: StreamImporter = createSbrXmlImporter();
