// SPDX-License-Identifier: MIT
// How the columns of a CSV/TSV/JSON export map onto a message. Inferred from the headers (Chinese or
// English), shown to the user for confirmation, settable from the CLI.
import { z } from 'zod';

export const CsvField = z.enum(['address', 'body', 'time', 'direction', 'contactName', 'type']);
export type CsvField = z.infer<typeof CsvField>;

export const CsvMapping = z.object({
  /** Text encoding of the file: utf-8, utf-16le, utf-16be, gb18030 (covers GBK and GB2312). */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']),
  /** For delimited text; null for JSON. */
  delimiter: z.enum([',', '\t', ';', '|']).nullable(),
  /** Column name (JSON key, or header text) for each field; address, body and time are required. */
  columns: z.object({
    address: z.string(),
    body: z.string(),
    time: z.string(),
    direction: z.string().nullable(),
    contactName: z.string().nullable(),
    type: z.string().nullable(),
  }),
  /** How times are written, e.g. 'yyyy-MM-dd HH:mm:ss', 'epoch-s', 'epoch-ms'; null = detect per value. */
  timeFormat: z.string().nullable(),
});
export type CsvMapping = z.infer<typeof CsvMapping>;

/** What the app shows before a CSV import: the guess, the headers and a few rows to check it by. */
export const CsvPreview = z.object({
  mapping: CsvMapping,
  headers: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())).max(20),
  /** Fields the inference could not place; the import refuses to start until they are set. */
  missing: z.array(CsvField),
});
export type CsvPreview = z.infer<typeof CsvPreview>;
