// SPDX-License-Identifier: MIT
// Which column of a CSV/TSV/JSON export holds which message field, guessed from the header names
// (Chinese or English, as 短信备份 apps, spreadsheets and PC suites write them) and checked
// against a few sample rows. The user confirms or corrects the guess before importing.
import type { CsvField, CsvMapping } from '../model/csv-mapping';
import { placementOf } from './direction-words';
import { parseLocalTime } from './local-time-parse';

type Columns = CsvMapping['columns'];

/** Most specific first: the first alias a header matches decides between competing columns. */
const ALIASES: Record<CsvField, readonly string[]> = {
  address: ['号码', '电话号码', '手机号码', '手机号', '电话', '对方号码', '联系人号码', '联系电话', '发件人', '发送人', '发信人', '对方', 'address', 'number', 'phonenumber', 'phone', 'mobile', 'sender', 'senderid', 'from', 'tel'],
  body: ['内容', '短信内容', '信息内容', '消息内容', '正文', '消息', '短信', '信息', 'body', 'message', 'messagetext', 'text', 'content', 'msg', 'sms'],
  time: ['时间', '日期时间', '发送时间', '接收时间', '收到时间', '短信时间', '日期', '时间戳', 'date', 'time', 'datetime', 'timestamp', 'messagedate', 'sentdate', 'receiveddate'],
  direction: ['方向', '收发', '收发类型', '收/发', 'direction', 'inout'],
  type: ['类型', '短信类型', '信息类型', '消息类型', '信箱', '文件夹', 'type', 'box', 'msgbox', 'folder'],
  contactName: ['联系人', '姓名', '联系人姓名', '联系人名称', '名称', '名字', '备注名', 'name', 'contact', 'contactname', 'displayname', 'sendername'],
};

export const REQUIRED_FIELDS = ['address', 'body', 'time'] as const satisfies readonly CsvField[];

const FIELDS = Object.keys(ALIASES) as CsvField[];

/** Case, spaces, underscores, hyphens, dots and brackets do not matter: `Phone_Number` = `phone number`. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】"'“”]/g, '');
}

const CJK = /[\u3400-\u9fff]/;

/** Aliases short enough to turn up inside unrelated words only count as the whole name. */
function canEndName(alias: string): boolean {
  return CJK.test(alias) ? alias.length >= 2 : alias.length >= 4;
}

interface Candidate {
  field: CsvField;
  column: number;
  /** Lower is better: exact matches before suffix matches, then alias order. */
  rank: number;
}

/**
 * Exact names first; then names ending with an alias (`短信内容`, `发送时间`, `Phone Number`,
 * `Message Date`), since Chinese and English compound names both put the head noun last.
 */
function candidates(headers: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  headers.forEach((header, column) => {
    const name = normaliseHeader(header);
    if (name === '') return;
    for (const field of FIELDS) {
      const aliases = ALIASES[field];
      const exact = aliases.indexOf(name);
      if (exact >= 0) {
        found.push({ field, column, rank: exact });
        continue;
      }
      const suffix = aliases.findIndex((a) => canEndName(a) && name.endsWith(a));
      if (suffix >= 0) found.push({ field, column, rank: 1000 + suffix });
    }
  });
  return found.sort((a, b) => a.rank - b.rank || a.column - b.column);
}

/** A column name that ends with a field name (`短信内容`, `Phone Number`). */
export function isRecognisedHeader(header: string): boolean {
  return candidates([header]).length > 0;
}

/** A column name that is a field name itself (`内容`, `phone`): the stricter test format detection uses. */
export function isFieldName(header: string): boolean {
  const name = normaliseHeader(header.trim());
  return FIELDS.some((field) => ALIASES[field].includes(name));
}

/** Most non-empty sample values of the column name a direction or box. */
function looksLikeDirection(column: number, rows: readonly (readonly string[])[]): boolean {
  const values = rows.map((r) => r[column]?.trim() ?? '').filter((v) => v !== '');
  if (values.length === 0) return true;
  return values.filter((v) => placementOf(v) !== null).length * 2 >= values.length;
}

const DAY_FIRST_FORMATS = ['d/M/yyyy H:mm:ss', 'd/M/yyyy H:mm', 'd/M/yyyy', 'd-M-yyyy H:mm:ss', 'd-M-yyyy H:mm', 'd-M-yyyy'];
const YEAR_LAST_SLASH = /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}/;

/**
 * Times are recognised value by value, which reads `04/05/2025` month first; when a sample shows
 * the file is day first (`13/04/2025`), the whole column must be read day first, so a format is set.
 */
function inferTimeFormat(column: number, rows: readonly (readonly string[])[]): string | null {
  const values = rows.map((r) => r[column]?.trim() ?? '').filter((v) => v !== '');
  const dayFirst = values.some((v) => {
    const m = YEAR_LAST_SLASH.exec(v);
    return m !== null && Number(m[1]) > 12;
  });
  if (!dayFirst) return null;
  return DAY_FIRST_FORMATS.find((f) => values.every((v) => parseLocalTime(v, 'UTC', f) !== null)) ?? null;
}

export interface InferredMapping {
  mapping: CsvMapping;
  /** Required fields no column was found for; their columns are '' in `mapping`. */
  missing: CsvField[];
}

/** The best guess of a mapping from header names and up to 20 sample rows. */
export function inferMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  encoding: CsvMapping['encoding'],
  delimiter: CsvMapping['delimiter'],
): InferredMapping {
  const chosen = new Map<CsvField, number>();
  const taken = new Set<number>();
  for (const c of candidates(headers)) {
    if (chosen.has(c.field) || taken.has(c.column)) continue;
    if ((c.field === 'direction' || c.field === 'type') && !looksLikeDirection(c.column, sampleRows)) continue;
    chosen.set(c.field, c.column);
    taken.add(c.column);
  }
  const name = (field: CsvField) => {
    const column = chosen.get(field);
    return column === undefined ? null : headers[column]!.trim();
  };
  const columns: Columns = {
    address: name('address') ?? '',
    body: name('body') ?? '',
    time: name('time') ?? '',
    direction: name('direction'),
    contactName: name('contactName'),
    type: name('type'),
  };
  const timeColumn = chosen.get('time');
  return {
    mapping: { encoding, delimiter, columns, timeFormat: timeColumn === undefined ? null : inferTimeFormat(timeColumn, sampleRows) },
    missing: REQUIRED_FIELDS.filter((f) => !chosen.has(f)),
  };
}

const FIELD_NAMES: Record<(typeof REQUIRED_FIELDS)[number], string> = {
  address: "the other party's number (--csv-address <column>)",
  body: 'the message text (--csv-body <column>)',
  time: 'the time (--csv-time <column>)',
};

/** What to tell the user when required fields have no column. */
/**
 * The column names, for a message that a column was not found; but only when the first row looks
 * like a header row (a field name such as 内容 or phone, or only short labels without digits): in a
 * file without one, that row is the first message, and its numbers, times and text must not reach
 * an error message, a terminal or a log.
 */
export function columnsHint(headers: readonly string[]): string {
  const labelsOnly = headers.every((h) => h.trim().length <= 16 && !/\d/.test(h));
  return headers.some(isFieldName) || labelsOnly
    ? `the columns are: ${headers.map((h) => `"${h.trim()}"`).join(', ')}`
    : `the first row (${headers.length} columns) does not look like a header row, so its text is not shown`;
}

export function missingFieldsDetail(missing: readonly CsvField[], headers: readonly string[]): string {
  const fields = missing.map((f) => FIELD_NAMES[f as (typeof REQUIRED_FIELDS)[number]] ?? f);
  return (
    `could not tell which column holds ${fields.join(', ')}; ${columnsHint(headers)}. ` +
    'Choose them in the import dialog, or on the command line with --csv-address, --csv-body and --csv-time ' +
    '(optionally --csv-direction, --csv-time-format and --encoding)'
  );
}
