// SPDX-License-Identifier: MIT
// CSV/TSV text as exports write it: csv-parse's options for it, the delimiter a file uses, and the
// first records of its head for detection and previews.
import type { Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CsvMapping } from '../model/csv-mapping';

export type Delimiter = NonNullable<CsvMapping['delimiter']>;
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|'];

/** Longest field; a larger one is an unclosed quote swallowing the file, not a message. */
export const MAX_FIELD_CHARS = 1 << 20;

/**
 * Lenient where spreadsheets and hand-made exports are sloppy (a stray quote inside an unquoted
 * field, rows with a missing trailing column), strict where data would be lost. Fields are not
 * trimmed: a message body is kept exactly as written.
 */
export function csvOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_FIELD_CHARS,
  };
}

/**
 * The head up to its last line break outside quotes, so that a record cut by the end of the head
 * is left out. Counting quotes is exact for RFC 4180 quoting (an escaped quote is two).
 */
function completeRecords(text: string): string {
  let inQuotes = false;
  let lastBreak = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) inQuotes = !inQuotes;
    else if (c === 0x0a && !inQuotes) lastBreak = i;
  }
  return lastBreak < 0 ? text : text.slice(0, lastBreak + 1);
}

function parseRecords(text: string, delimiter: Delimiter, max: number): string[][] | null {
  try {
    return parseSync(text, { ...csvOptions(delimiter), to: max }) as string[][];
  } catch {
    return null;
  }
}

/**
 * Up to `max` records of a head; `whole` when the head is the entire file. When the text does not
 * parse (a quote never closed), the records before the fault, at least the header when its line
 * parses; empty when nothing does.
 */
export function headRecords(text: string, delimiter: Delimiter, max: number, whole: boolean): string[][] {
  const complete = completeRecords(text);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (
    (whole ? parseRecords(text, delimiter, max) : null) ??
    parseRecords(complete, delimiter, max) ??
    parseRecords(firstLine, delimiter, 1) ??
    []
  );
}

interface DelimiterScore {
  delimiter: Delimiter;
  recognised: number;
  consistent: number;
  columns: number;
}

const better = (a: DelimiterScore, b: DelimiterScore) =>
  a.recognised !== b.recognised ? a.recognised > b.recognised : a.consistent !== b.consistent ? a.consistent > b.consistent : a.columns > b.columns;

/**
 * The delimiter under which the header row has the most column names Leakline recognises, then
 * the most rows with as many fields as the header, then the most columns. Comma when nothing
 * splits the header.
 */
export function detectDelimiter(text: string, whole: boolean, isRecognised: (header: string) => boolean): Delimiter {
  let best: DelimiterScore | null = null;
  for (const delimiter of DELIMITERS) {
    const records = headRecords(text, delimiter, 20, whole);
    const header = records[0] ?? [];
    if (header.length < 2) continue;
    const rows = records.slice(1);
    const score: DelimiterScore = {
      delimiter,
      recognised: header.filter(isRecognised).length,
      consistent: rows.length === 0 ? 1 : rows.filter((r) => r.length === header.length).length / rows.length,
      columns: header.length,
    };
    if (best === null || better(score, best)) best = score;
  }
  return best?.delimiter ?? ',';
}
