// SPDX-License-Identifier: MIT
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectReportInput } from '../../../src-main/core/report/collect-report-input';
import { renderReport } from '../../../src-main/core/report/render-report';
import { inertField } from '../../../src-main/core/report/report-csv';
import type { ReportInput } from '../../../src-main/core/model/report';
import { useAnalysedDemo } from '../../support/analysed-demo';

const demo = useAnalysedDemo();
let input: ReportInput;
beforeAll(() => {
  input = collectReportInput(demo().db, { reveal: false, timeZone: 'Asia/Shanghai' });
});

describe('the CSV report', () => {
  it('starts with a byte-order mark and parses back into one row per cited message', () => {
    const csv = renderReport(input, 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(input.messages.length);
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((row, i) => {
      const m = input.messages[i]!;
      expect(row['message_id']).toBe(String(m.id));
      expect(row['text']).toBe(m.body);
      expect(row['sender']).toBe(m.sender);
      expect(row['source_sha256']).toMatch(/^[0-9a-f]{64}$/);
      expect(row['datetime_utc']).toBe(new Date(m.time).toISOString());
    });
    const fromC = rows.filter((r) => r['sender'] === '16521907783');
    expect(fromC.some((r) => r['items']!.includes('身份证号 3201**********283X'))).toBe(true);
    expect(csv).not.toContain('32010619900517283X');
  });

  it('keeps commas, quotes and line breaks inside a message in one field', () => {
    const body = '【速借宝】林*峰，你的欠款"3,200元"今天必须还清\r\n否则联系你家人';
    const csv = renderReport({ ...input, messages: [{ ...input.messages[0]!, body }] }, 'csv');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!['text']).toBe(body);
  });

  it('defuses text a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
    expect(inertField('=HYPERLINK("http://evil.example","点我")')).toBe('\'=HYPERLINK("http://evil.example","点我")');
    expect(inertField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(inertField('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(inertField('+8613912345678')).toBe('+8613912345678');
    expect(inertField('95555')).toBe('95555');
    const body = '=HYPERLINK("http://evil.example","点我")';
    const csv = renderReport({ ...input, messages: [{ ...input.messages[0]!, body, sender: '@evil' }] }, 'csv');
    const row = (parse(csv, { bom: true, columns: true }) as Record<string, string>[])[0]!;
    expect(row['text']).toBe(`'${body}`);
    expect(row['sender']).toBe("'@evil");
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
