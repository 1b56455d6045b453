// SPDX-License-Identifier: MIT
// The cited messages as CSV for spreadsheets: RFC 4180 (csv-stringify quotes where needed, CRLF
// line ends), UTF-8 with a byte-order mark so that Excel reads Chinese text correctly.
import { stringify } from 'csv-stringify/sync';
import type { ReportInput } from '../model/report';
import { CATEGORY_NAMES, CITATION_NAMES } from './report-strings';
import { localTime, utcTime } from './report-text';

const HEADER = [
  'message_id',
  'datetime_utc',
  'local_time',
  'time_suspect',
  'sender',
  'direction',
  'category',
  'risk',
  'cited_for',
  'items',
  'source_file',
  'source_sha256',
  'text',
  'user_starred',
  'user_tags',
  'user_note',
] as const;

export function renderCsv(input: ReportInput): string {
  const labels = new Map(input.timeline.items.map((i) => [i.key, i.label]));
  const rows = input.messages.map((m) => [
    String(m.id),
    utcTime(m.time),
    localTime(m.time, input.timeZone),
    m.timeSuspect ? '1' : '0',
    m.sender,
    m.direction,
    m.category ? CATEGORY_NAMES[input.lang][m.category] : '',
    m.risk !== null ? m.risk.toFixed(2) : '',
    m.reasons.map((r) => CITATION_NAMES[input.lang][r]).join('; '),
    m.items.map((k) => labels.get(k) ?? k).join('; '),
    m.sourceFile,
    m.sourceSha256,
    m.body,
    m.annotation.starred ? '1' : '0',
    m.annotation.tags.join('; '),
    m.annotation.note ?? '',
  ]);
  return stringify([[...HEADER], ...rows.map((r) => r.map(inertField))], { bom: true, record_delimiter: 'windows' });
}

/**
 * A field a spreadsheet would run as a formula (=, @, or +/- before something other than a
 * number, as a hostile message can be written to start) gets a leading apostrophe, the OWASP
 * advice for CSV injection; a phone number such as +8613912345678 stays as it is.
 */
export function inertField(value: string): string {
  return /^[=@\t\r]/.test(value) || /^[+-](?![\d\s]*$)/.test(value) ? `'${value}` : value;
}
