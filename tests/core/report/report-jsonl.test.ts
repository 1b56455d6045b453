// SPDX-License-Identifier: MIT
import { beforeAll, describe, expect, it } from 'vitest';
import { collectReportInput } from '../../../src-main/core/report/collect-report-input';
import { renderReport } from '../../../src-main/core/report/render-report';
import type { ReportInput } from '../../../src-main/core/model/report';
import { useAnalysedDemo } from '../../support/analysed-demo';

const demo = useAnalysedDemo();
let input: ReportInput;
beforeAll(() => {
  input = collectReportInput(demo().db, { reveal: false, timeZone: 'Asia/Shanghai' });
});

describe('the Timesketch JSONL export', () => {
  it('writes one parseable line per event with the fields Timesketch requires', () => {
    const lines = renderReport(input, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of lines) {
      expect(typeof line['message']).toBe('string');
      expect(line['datetime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(line['timestamp_desc']).toMatch(/^SMS (received|sent)$/);
      for (const field of ['sender', 'item', 'category', 'risk', 'source_file', 'source_sha256', 'message_id', 'leakline_event']) expect(line).toHaveProperty(field);
    }
    // Each sender's first showing of each item is its own event.
    const firsts = lines.filter((l) => l['leakline_event'] === 'first_knowledge');
    expect(firsts).toHaveLength(input.timeline.events.filter((e) => e.first).length);
    const idEvents = firsts.filter((l) => String(l['item']).startsWith('身份证号'));
    expect(idEvents.map((l) => l['sender'])).toContain('16521907783');
    expect(idEvents).toHaveLength(6);
  });

  it('puts the sender and the masked text in the message field, and time as the event\'s UTC instant', () => {
    const line = JSON.parse(renderReport(input, 'jsonl').split('\n')[0]!) as Record<string, unknown>;
    const m = input.messages[0]!;
    expect(line['message']).toBe(`[${m.sender}] ${m.body}`);
    expect(line['datetime']).toBe(new Date(m.time).toISOString());
    expect(line['timestamp']).toBe(m.time * 1000);
    expect(renderReport(input, 'jsonl')).not.toContain('32010619900517283X');
  });
});
