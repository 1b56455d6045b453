// SPDX-License-Identifier: MIT
// What every importer yields (plain records, before normalisation and deduplication), and the three
// shapes an importer can take: a byte stream, a SQLite database, or a folder.
import { z } from 'zod';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { Direction, MessageBox } from '../model/message';
import type { ImportFormat } from '../model/source';
import type { CsvMapping } from '../model/csv-mapping';

export const CallType = z.enum(['incoming', 'outgoing', 'missed', 'voicemail', 'rejected', 'blocked', 'unknown']);
export type CallType = z.infer<typeof CallType>;

export const MessageRecord = z.object({
  type: z.literal('message'),
  kind: z.enum(['sms', 'mms']),
  /** The other party's address as written in the source (for MMS: the From address when incoming). */
  address: z.string(),
  contactName: z.string().nullable(),
  direction: Direction,
  box: MessageBox,
  /** UTC epoch ms. */
  time: z.number().int(),
  timeSent: z.number().int().nullable(),
  body: z.string(),
  serviceCenter: z.string().nullable(),
  read: z.boolean().nullable(),
  /** Set for messages the phone filed as spam or blocked (Samsung spam_sms, Huawei harassment.db). */
  blocked: z.boolean().optional(),
});
export type MessageRecord = z.infer<typeof MessageRecord>;

export const CallRecord = z.object({
  type: z.literal('call'),
  address: z.string(),
  contactName: z.string().nullable(),
  time: z.number().int(),
  durationS: z.number().int().min(0),
  callType: CallType,
});
export type CallRecord = z.infer<typeof CallRecord>;

export type ImportRecord = MessageRecord | CallRecord;

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called as the reader consumes its input, with the bytes (or, for databases, rows) read so far. */
  onBytes?: (done: number) => void;
  /** IANA zone for formats that write local wall-clock times (CSV, vMessage): the user's choice. */
  timeZone?: string;
  /** Column mapping for CSV/TSV/JSON exports, when the user confirmed or set one. */
  csvMapping?: CsvMapping;
}

/** Bytes of one input: a file on disk or an entry of an archive. */
export interface ByteSource {
  /** What the user sees and the source row stores: a path, or archive.zip!/entry/path. */
  name: string;
  size: number;
  /** A fresh stream of the bytes from the start; may be called more than once. */
  open(): AsyncIterable<Buffer>;
}

/** A format read as a stream of bytes (XML, CSV, vMessage): `sniff` sees the first 4 KiB. */
export interface StreamImporter {
  kind: 'stream';
  format: ImportFormat;
  sniff(head: Buffer): boolean;
  read(source: ByteSource, options: ReadOptions): AsyncIterable<ImportRecord[]>;
}

/**
 * A format that is a SQLite database. `db` is a read-only connection to a private temporary copy,
 * so nothing is ever written beside the user's evidence. `sniff` decides from the table names.
 */
export interface DatabaseImporter {
  kind: 'database';
  format: ImportFormat;
  sniff(tables: ReadonlySet<string>): boolean;
  read(db: Database, name: string, options: ReadOptions): AsyncIterable<ImportRecord[]>;
  /** The tables whose rows `onBytes` counts, so that progress can show a total. */
  progressTables?: readonly string[];
}

/** A format that is a folder (an iTunes/Finder backup). */
export interface FolderImporter {
  kind: 'folder';
  format: ImportFormat;
  sniff(dir: string): Promise<boolean>;
  /** The file inside the folder whose bytes identify this source (its sha256 is recorded). */
  evidenceFile(dir: string): Promise<string>;
  read(dir: string, options: ReadOptions): AsyncIterable<ImportRecord[]>;
}

export type Importer = StreamImporter | DatabaseImporter | FolderImporter;
