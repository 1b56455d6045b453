// SPDX-License-Identifier: MIT
// Turns the import command's flags into the per-file choices the pipeline takes: a forced format,
// a time zone, and a CSV/JSON column mapping built from the inferred one plus what the user set.
import { ImportInputError, LeaklineError } from '../core/errors';
import { previewPath } from '../core/import/preview';
import { columnsHint } from '../core/importers/csv-mapping-inference';
import { CsvMapping } from '../core/model/csv-mapping';
import { ImportFormat } from '../core/model/source';

export interface ImportFlags {
  format?: string;
  tz?: string;
  encoding?: string;
  delimiter?: string;
  csvAddress?: string;
  csvBody?: string;
  csvTime?: string;
  csvDirection?: string;
  csvContact?: string;
  csvTimeFormat?: string;
}

export function parseFormat(value: string | undefined): ImportFormat | undefined {
  if (value === undefined) return undefined;
  const parsed = ImportFormat.safeParse(value);
  if (!parsed.success) throw new LeaklineError('BAD_REQUEST', `unknown format ${value} (known: ${ImportFormat.options.join(', ')})`);
  return parsed.data;
}

export function parseTimeZone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new LeaklineError('BAD_REQUEST', `unknown time zone ${value} (use an IANA name such as Asia/Shanghai or UTC)`);
  }
  return value;
}

function hasCsvFlags(flags: ImportFlags): boolean {
  return [flags.encoding, flags.delimiter, flags.csvAddress, flags.csvBody, flags.csvTime, flags.csvDirection, flags.csvContact, flags.csvTimeFormat].some(
    (v) => v !== undefined,
  );
}

const DELIMITERS: Record<string, string> = { comma: ',', tab: '\t', semicolon: ';', pipe: '|', ',': ',', '\t': '\t', '\\t': '\t', ';': ';', '|': '|' };

/**
 * The mapping for one CSV/JSON file: the inferred guess with every flag the user gave on top. Column
 * flags also say the file is a table, so one whose headers the detection did not recognise is read
 * as CSV (or as the --format given).
 */
export async function csvMappingFor(path: string, flags: ImportFlags, format?: ImportFormat): Promise<{ csvMapping: CsvMapping; format?: ImportFormat } | undefined> {
  if (!hasCsvFlags(flags)) return undefined;
  let forced = format;
  const preview = await previewPath(path, forced).catch((err: unknown) => {
    if (forced || !(err instanceof ImportInputError) || err.code !== 'UNKNOWN_FORMAT') throw err;
    forced = 'csv';
    return previewPath(path, forced);
  });
  if (!preview.csv) throw new LeaklineError('BAD_REQUEST', `${path}: the --csv-*, --encoding and --delimiter flags apply to CSV/TSV/JSON files, and this is ${preview.format}`);
  const guess = preview.csv.mapping;
  const delimiter = flags.delimiter === undefined ? guess.delimiter : DELIMITERS[flags.delimiter];
  if (delimiter === undefined) throw new LeaklineError('BAD_REQUEST', `unknown delimiter ${flags.delimiter} (comma, tab, semicolon or pipe)`);
  const candidate = {
    encoding: flags.encoding?.toLowerCase().replace(/^(gbk|gb2312)$/, 'gb18030') ?? guess.encoding,
    delimiter,
    columns: {
      address: flags.csvAddress ?? guess.columns.address,
      body: flags.csvBody ?? guess.columns.body,
      time: flags.csvTime ?? guess.columns.time,
      direction: flags.csvDirection ?? guess.columns.direction,
      contactName: flags.csvContact ?? guess.columns.contactName,
      type: guess.columns.type,
    },
    timeFormat: flags.csvTimeFormat ?? guess.timeFormat,
  };
  const parsed = CsvMapping.safeParse(candidate);
  if (!parsed.success) throw new LeaklineError('BAD_REQUEST', `${path}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  for (const [field, column] of Object.entries(parsed.data.columns)) {
    if (column !== null && column !== '' && !preview.csv.headers.includes(column)) {
      throw new LeaklineError('BAD_REQUEST', `${path}: no column "${column}" for ${field}; ${columnsHint(preview.csv.headers)}`);
    }
  }
  return { csvMapping: parsed.data, ...(forced ? { format: forced } : {}) };
}
