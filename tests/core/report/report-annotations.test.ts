// SPDX-License-Identifier: MIT
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAnnotations } from '../../../src-main/core/annotations/set-annotations';
import { collectReportInput } from '../../../src-main/core/report/collect-report-input';
import { renderReport } from '../../../src-main/core/report/render-report';
import { analysedDemo, type DemoDatabase } from '../../support/analysed-demo';

let demo: DemoDatabase;
let plain: number;
let collector: number;
beforeAll(async () => {
  demo = await analysedDemo();
  // A message no first-knowledge, debt story, link or advice would cite: a plain verification code.
  const cited = new Set(collectReportInput(demo.db, { reveal: false }).messages.map((m) => m.id));
  const codes = demo.db.prepare("SELECT a.message_id FROM analysis a WHERE a.category = 'verification_code' ORDER BY a.message_id").pluck().all() as number[];
  plain = codes.find((id) => !cited.has(id))!;
  collector = demo.db.prepare("SELECT id FROM senders WHERE address = '16521907783'").pluck().get() as number;
  setAnnotations(demo.db, { messageIds: [plain] }, { star: true, addTag: '律师要看', note: '林晓峰说这条不是他申请的' });
  setAnnotations(demo.db, { senderIds: [collector] }, { addTag: '催收', note: '打给了父亲林建国' });
}, 120_000);
afterAll(() => demo.close());

describe("the user's own marks in the report", () => {
  it('cites a message the user starred, with their tag and note set apart and masked', () => {
    const input = collectReportInput(demo.db, { reveal: false });
    const m = input.messages.find((x) => x.id === plain)!;
    expect(m.reasons).toEqual(['user_marked']);
    expect(m.annotation).toEqual({ starred: true, tags: ['律师要看'], note: '林*峰说这条不是他申请的' });
    const html = renderReport(input, 'html');
    const article = new RegExp(`<article class="msg" id="m-${plain}">([\\s\\S]*?)</article>`).exec(html)![1]!;
    expect(article).toContain('<dt>用户自己的标注</dt>');
    expect(article).toContain('★ 已加星标; 标签: 律师要看; 备注: 林*峰说这条不是他申请的');
    expect(html).not.toContain('林晓峰');
  });

  it("shows the user's tag and masked note on the sender's dossier", () => {
    const html = renderReport(collectReportInput(demo.db, { reveal: false }), 'html');
    const row = new RegExp(`<tr id="s-${collector}">([\\s\\S]*?)</tr>`).exec(html)![1]!;
    expect(row).toContain('标签: 催收; 备注: 打给了父亲林*国');
    const revealed = renderReport(collectReportInput(demo.db, { reveal: true }), 'html');
    expect(revealed).toContain('备注: 打给了父亲林建国');
  });

  it('carries the marks into the CSV and JSONL columns of their own', () => {
    const input = collectReportInput(demo.db, { reveal: false });
    const rows = parse(renderReport(input, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r['message_id'] === String(plain))!;
    expect([row['user_starred'], row['user_tags'], row['user_note']]).toEqual(['1', '律师要看', '林*峰说这条不是他申请的']);
    const line = renderReport(input, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['message_id'] === plain)!;
    expect(line).toMatchObject({ leakline_event: 'user_marked', user_starred: true, user_tags: ['律师要看'] });
  });
});
