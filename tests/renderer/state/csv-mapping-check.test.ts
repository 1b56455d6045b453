// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { CsvMapping, CsvPreview } from '../../../src-main/ipc/contract';
import {
  columnOf,
  initialMapping,
  isMappingUsable,
  mappingProblems,
  withColumn,
} from '../../../src-renderer/state/csv-mapping-check';

const HEADERS = ['号码', '联系人', '内容', '时间', '类型'];

function mapping(columns: Partial<CsvMapping['columns']> = {}): CsvMapping {
  return {
    encoding: 'gb18030',
    delimiter: ',',
    columns: { address: '号码', body: '内容', time: '时间', direction: '类型', contactName: '联系人', type: null, ...columns },
    timeFormat: 'yyyy-MM-dd HH:mm:ss',
  };
}

function preview(m: CsvMapping, missing: CsvPreview['missing'] = [], headers = HEADERS): CsvPreview {
  return { mapping: m, headers, sampleRows: [['10086', '中国移动', '余额不足', '2024-03-01 08:15:00', '接收']], missing };
}

describe('initialMapping', () => {
  it('keeps a complete guess as it is', () => {
    const guess = mapping();
    expect(initialMapping(preview(guess))).toEqual(guess);
  });

  it('starts a field the inference reported missing as unset, so the user sees the gap', () => {
    const start = initialMapping(preview(mapping({ time: '时间' }), ['time']));
    expect(columnOf(start, 'time')).toBeNull();
    expect(start.columns.time).toBe('');
    expect(columnOf(start, 'address')).toBe('号码');
  });

  it('unsets a guessed column the file does not have', () => {
    const start = initialMapping(preview(mapping({ contactName: '姓名', body: 'text' })));
    expect(start.columns.contactName).toBeNull();
    expect(start.columns.body).toBe('');
  });

  it('keeps the type column beside the direction, and leaves the encoding and time format alone', () => {
    const start = initialMapping(preview(mapping({ direction: null, type: '类型' }), ['address']));
    expect(start.columns.type).toBe('类型');
    expect(start.columns.direction).toBeNull();
    expect(start.encoding).toBe('gb18030');
    expect(start.timeFormat).toBe('yyyy-MM-dd HH:mm:ss');
  });
});

describe('withColumn', () => {
  it('sets required fields to a string and optional ones to null when cleared', () => {
    const m = mapping();
    expect(withColumn(m, 'body', null).columns.body).toBe('');
    expect(withColumn(m, 'contactName', null).columns.contactName).toBeNull();
    expect(withColumn(m, 'contactName', '').columns.contactName).toBeNull();
    expect(withColumn(m, 'type', null).columns.type).toBeNull();
    expect(withColumn(m, 'address', '联系人').columns.address).toBe('联系人');
  });

  it('does not change the mapping it was given', () => {
    const m = mapping();
    withColumn(m, 'address', '类型');
    expect(m.columns.address).toBe('号码');
  });
});

describe('mappingProblems', () => {
  it('finds nothing wrong with a complete mapping on distinct columns', () => {
    expect(mappingProblems(mapping(), HEADERS)).toEqual({ missing: [], shared: [] });
    expect(isMappingUsable(mapping(), HEADERS)).toBe(true);
  });

  it('names every required field without a column, and the optional ones are not required', () => {
    const m = mapping({ address: '', time: '', direction: null, contactName: null });
    expect(mappingProblems(m, HEADERS).missing).toEqual(['address', 'time']);
    expect(isMappingUsable(m, HEADERS)).toBe(false);
    expect(isMappingUsable(mapping({ direction: null, contactName: null }), HEADERS)).toBe(true);
  });

  it('counts a column the file lacks as missing', () => {
    expect(mappingProblems(mapping({ body: 'Body' }), HEADERS).missing).toEqual(['body']);
  });

  it('refuses one column for two fields', () => {
    const problems = mappingProblems(mapping({ body: '号码' }), HEADERS);
    expect(problems.shared).toEqual(['号码']);
    expect(isMappingUsable(mapping({ contactName: '内容' }), HEADERS)).toBe(false);
  });
});
