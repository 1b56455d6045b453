// SPDX-License-Identifier: MIT
// Field values only a damaged or forged file holds, each found by a fuzz target in tests/fuzz:
// a type, box or direction spelled like a property every JS object inherits (`constructor`,
// `__proto__`) is an unknown one, not a crash; a date past what a JS Date can hold is no date.
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import type { CallRecord, MessageRecord } from '../../../src-main/core/import/records';
import { appleTimeToEpochMs } from '../../../src-main/core/importers/apple-time';
import { csvExportImporter } from '../../../src-main/core/importers/csv-export';
import { placementOf } from '../../../src-main/core/importers/direction-words';
import { parseLocalTime } from '../../../src-main/core/importers/local-time-parse';
import { sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { memorySource, readAll, readError } from '../../support/memory-byte-source';

const T = 1744780152000;
const sbr = (elements: string) => memorySource(`<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1">\n${elements}\n</smses>\n`, { name: 'hostile.xml' });
const calls = (elements: string) => memorySource(`<?xml version="1.0" encoding="UTF-8"?>\n<calls count="1">\n${elements}\n</calls>\n`, { name: 'calls.xml' });

describe('values named like inherited object properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reads an SBR sms of type "%s" as a received message of unknown box', async (type) => {
    const { records } = await readAll(sbrXmlImporter, sbr(`<sms address="10086" date="${T}" type="${type}" body="x" />`));
    expect(records).toMatchObject([{ box: 'unknown', direction: 'in' }]);
  });

  it('reads an SBR mms whose msg_box and m_type are "constructor" and "valueOf" as received, box unknown', async () => {
    const mms = `<mms date="${T}" msg_box="constructor" m_type="valueOf" address="10086"><parts><part ct="text/plain" text="x" /></parts></mms>`;
    const { records } = await readAll(sbrXmlImporter, sbr(mms));
    expect(records).toMatchObject([{ kind: 'mms', box: 'unknown', direction: 'in' }]);
  });

  it('reads an SBR call of type "__proto__" as a call of unknown type', async () => {
    const { records } = await readAll(sbrXmlImporter, calls(`<call number="10086" duration="5" date="${T}" type="__proto__" />`));
    expect((records[0] as CallRecord).callType).toBe('unknown');
  });

  it('names no placement for "constructor" or "__proto__" in a direction column', () => {
    expect(placementOf('constructor')).toBeNull();
    expect(placementOf('__proto__')).toBeNull();
    expect(placementOf(' Inbox ')).toEqual(['inbox', 'in']);
  });

  it('refuses a CSV row whose direction is "constructor" with the row and column named', async () => {
    const csv = '号码,内容,时间,类型\n10086,a,2025-04-16 13:09:12,接收\n10086,b,2025-04-16 13:10:12,发送\n10086,c,2025-04-16 13:11:12,constructor\n';
    const err = await readError(csvExportImporter, memorySource(csv, { name: 'hostile.csv' }), { timeZone: 'Asia/Shanghai' });
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err.message).toMatch(/row 4, column "类型": the value is not a direction/);
  });
});

describe('dates past what a JS Date holds', () => {
  it('takes an SBR date beyond ±8.64e15 ms (a safe integer, but no instant) for no date', async () => {
    const err = await readError(sbrXmlImporter, sbr(`<sms address="10086" date="9007199254740991" type="1" body="x" />`));
    expect(err).toBeInstanceOf(ImportInputError);
    expect(err.message).toMatch(/<sms> has no valid date/);
  });

  it('keeps an SBR date at the edge of the range', async () => {
    const { records } = await readAll(sbrXmlImporter, sbr(`<sms address="10086" date="-8640000000000000" type="1" body="x" />`));
    expect((records[0] as MessageRecord).time).toBe(-8.64e15);
  });

  it.each([
    ['one ms past the range', 'epoch-ms', '8640000000000001'],
    ['20 digits', 'epoch-ms', '99999999999999999999'],
    ['400 digits, Infinity once multiplied', 'epoch-s', '1'.padEnd(400, '0')],
  ])('reads an epoch value of %s as no time', (_label, format, value) => {
    expect(parseLocalTime(value, 'UTC', format)).toBeNull();
  });

  it('reads an Apple absolute time that lands 1 ms before the first Date as no time', () => {
    expect(appleTimeToEpochMs(-8.640978307200001e21)).toBeNull();
    expect(appleTimeToEpochMs(-8640978307200000000000n)).toBe(-8.64e15);
  });

  it('still reads epoch values inside the range', () => {
    expect(parseLocalTime('1744780152', 'UTC', 'epoch-s')).toBe(T);
    expect(parseLocalTime('1744780152000', 'UTC', 'epoch-ms')).toBe(T);
  });
});
