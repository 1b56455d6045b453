// SPDX-License-Identifier: MIT
// One row of a CSV/TSV/JSON export, read through the column mapping, as a message record. Errors
// name the row and the column, never the value: the value may be someone's message or number.
import { ImportInputError } from '../errors';
import type { MessageRecord } from '../import/records';
import type { CsvMapping } from '../model/csv-mapping';
import { placementOf, type Placement } from './direction-words';
import { parseLocalTime } from './local-time-parse';

const UNKNOWN_PLACEMENT: Placement = ['unknown', 'in'];

/** The value of a column in the current row, undefined when the row has none. */
export type ColumnValue = (column: string) => string | undefined;

export class MappedMessageReader {
  private readonly columns: CsvMapping['columns'];

  constructor(
    private readonly file: string,
    private readonly mapping: CsvMapping,
    private readonly zone: string,
  ) {
    this.columns = mapping.columns;
  }

  /** The row as a message; null for a row with no address, text or time at all (a blank line of separators). */
  read(value: ColumnValue, where: () => string): MessageRecord | null {
    const c = this.columns;
    const address = value(c.address) ?? '';
    const body = value(c.body) ?? '';
    const timeText = value(c.time) ?? '';
    if (address.trim() === '' && body === '' && timeText.trim() === '') return null;
    const [box, direction] = this.placement(value, where);
    const contactName = c.contactName === null ? '' : (value(c.contactName)?.trim() ?? '');
    return {
      type: 'message',
      kind: 'sms',
      address: address.trim(),
      contactName: contactName === '' ? null : contactName,
      direction,
      box,
      time: this.time(timeText, where),
      timeSent: null,
      body,
      serviceCenter: null,
      read: null,
    };
  }

  private time(text: string, where: () => string): number {
    if (text.trim() === '') throw this.malformed(where, this.columns.time, 'empty, but every message needs a time');
    const time = parseLocalTime(text, this.zone, this.mapping.timeFormat);
    if (time !== null) return time;
    const hint =
      this.mapping.timeFormat === null
        ? 'set its format with --csv-time-format (e.g. "yyyy-MM-dd HH:mm:ss", epoch-s, epoch-ms)'
        : `it does not match the format "${this.mapping.timeFormat}"`;
    throw this.malformed(where, this.columns.time, `the value is not a time Leakline recognises; ${hint}`);
  }

  /** The direction column first, the type/box column when it is empty; received when neither says. */
  private placement(value: ColumnValue, where: () => string): Placement {
    for (const column of [this.columns.direction, this.columns.type]) {
      if (column === null) continue;
      const text = value(column)?.trim() ?? '';
      if (text === '') continue;
      const placement = placementOf(text);
      if (placement === null) {
        throw this.malformed(where, column, 'the value is not a direction Leakline knows (接收/发送, inbox/sent, 1/2); map the direction to another column or to none');
      }
      return placement;
    }
    return UNKNOWN_PLACEMENT;
  }

  private malformed(where: () => string, column: string, detail: string): ImportInputError {
    return new ImportInputError('MALFORMED_INPUT', this.file, `${where()}, column "${column}": ${detail}`);
  }
}
