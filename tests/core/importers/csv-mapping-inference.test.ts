// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { inferMapping, isFieldName, isRecognisedHeader, normaliseHeader } from '../../../src-main/core/importers/csv-mapping-inference';

const columns = (headers: string[], rows: string[][] = []) => inferMapping(headers, rows, 'utf-8', ',').mapping.columns;

describe('inferMapping', () => {
  it.each<[string[], Partial<ReturnType<typeof columns>>]>([
    [['号码', '内容', '时间'], { address: '号码', body: '内容', time: '时间' }],
    [['手机号', '短信内容', '发送时间', '类型', '姓名'], { address: '手机号', body: '短信内容', time: '发送时间', type: '类型', contactName: '姓名' }],
    [['发件人', '正文', '接收时间', '收发'], { address: '发件人', body: '正文', time: '接收时间', direction: '收发' }],
    [['联系人', '联系人号码', '消息', '日期'], { address: '联系人号码', contactName: '联系人', body: '消息', time: '日期' }],
    [['address', 'body', 'date', 'type', 'read'], { address: 'address', body: 'body', time: 'date', type: 'type' }],
    [['Phone Number', 'Message', 'Timestamp', 'Direction', 'Contact Name'], { address: 'Phone Number', body: 'Message', time: 'Timestamp', direction: 'Direction', contactName: 'Contact Name' }],
    [['Chat Session', 'Message Date', 'Delivered Date', 'Type', 'Sender ID', 'Sender Name', 'Text'], { address: 'Sender ID', body: 'Text', time: 'Message Date', contactName: 'Sender Name', type: 'Type' }],
    [[' 号码 ', '\ufeff内容', 'TIME'], { address: '号码', body: '内容', time: 'TIME' }],
  ])('maps %j', (headers, expected) => {
    expect(columns(headers)).toMatchObject(expected);
  });

  it('prefers 时间 to 日期 and exact names to names that only end with a field name', () => {
    expect(columns(['日期', '时间', '号码', '内容']).time).toBe('时间');
    expect(columns(['短信发出时间', '日期', '号码', '内容']).time).toBe('日期');
    expect(columns(['短信发出时间', '号码', '内容']).time).toBe('短信发出时间');
  });

  it('does not map a type column whose sample values are not directions', () => {
    expect(columns(['号码', '内容', '时间', '类型'], [['10086', 'x', '2025-04-16', '短信'], ['10086', 'y', '2025-04-16', '彩信']]).type).toBeNull();
    expect(columns(['号码', '内容', '时间', '类型'], [['10086', 'x', '2025-04-16', '接收'], ['10086', 'y', '2025-04-16', '发送']]).type).toBe('类型');
  });

  it('lists the required fields it cannot place', () => {
    const { missing, mapping } = inferMapping(['编号', '备注'], [], 'gb18030', '\t');
    expect(missing).toEqual(['address', 'body', 'time']);
    expect(mapping).toMatchObject({ encoding: 'gb18030', delimiter: '\t', columns: { address: '', body: '', time: '' } });
  });

  it('sets a day-first format when a sample cannot be month first', () => {
    const rows = [['1', 'a', '04/05/2025 09:00'], ['1', 'b', '13/05/2025 10:30']];
    expect(inferMapping(['号码', '内容', '时间'], rows, 'utf-8', ',').mapping.timeFormat).toBe('d/M/yyyy H:mm');
    expect(inferMapping(['号码', '内容', '时间'], [['1', 'a', '04/05/2025 09:00']], 'utf-8', ',').mapping.timeFormat).toBeNull();
  });
});

describe('header names', () => {
  it('normalises case, spaces and punctuation', () => {
    expect(normaliseHeader(' Phone_Number (手机) ')).toBe('phonenumber手机');
  });

  it('tells field names from names that merely end with one', () => {
    expect(isFieldName('内容')).toBe(true);
    expect(isFieldName('短信内容')).toBe(true);
    expect(isFieldName('just text')).toBe(false);
    expect(isRecognisedHeader('just text')).toBe(true);
    expect(isRecognisedHeader('备注')).toBe(false);
  });
});
