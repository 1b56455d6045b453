// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectReportInput } from '../../../src-main/core/report/collect-report-input';
import { renderReport } from '../../../src-main/core/report/render-report';
import type { ReportInput } from '../../../src-main/core/model/report';
import { analysedDemo, type DemoDatabase } from '../../support/analysed-demo';

const USER_VALUES = ['32010619900517283X', '林晓峰', '13912345678', '6214836025718848', '林建国', '王秀兰', '南京市鼓楼区中山路100号', '南京某某贸易有限公司'];
const COLLECTOR_C = '16521907783';

let demo: DemoDatabase;
let masked: ReportInput;
let maskedHtml: string;
beforeAll(async () => {
  demo = await analysedDemo();
  masked = collectReportInput(demo.db, { reveal: false, timeZone: 'Asia/Shanghai', now: Date.UTC(2025, 0, 2, 3, 4, 5) });
  maskedHtml = renderReport(masked, 'html');
}, 120_000);
afterAll(() => demo.close());

/** The HTML outside the cited message texts, where only Leakline's own markup is. */
function markupOnly(html: string): string {
  return html.replace(/<pre class="body">[\s\S]*?<\/pre>/g, '');
}

describe('the HTML evidence report on the demo', () => {
  it('has every section, in Chinese by default', () => {
    for (const id of ['summary', 'exposure', 'charts', 'dossiers', 'clusters', 'incidents', 'cited']) expect(maskedHtml).toContain(`<section id="${id}">`);
    expect(maskedHtml).toContain('<html lang="zh-CN">');
    expect(maskedHtml).toContain('信息暴露表');
    expect(maskedHtml).toContain('下一步建议');
  });

  it('lists the items each sender knew: the full ID went to six senders, collector C among them', () => {
    const idRow = /<tr><td>身份证号 3201\*{10}283X<\/td><td>身份证号<\/td><td class="n">(\d+)<\/td>/.exec(maskedHtml);
    expect(idRow?.[1]).toBe('6');
    const c = masked.timeline.senders.find((s) => s.address === COLLECTOR_C)!;
    expect(c.knows.map((k) => k.item)).toEqual(expect.arrayContaining(['id_number', 'address', 'relatives.2']));
    expect(maskedHtml).toContain(`<tr id="s-${c.senderId}"><td class="addr">${COLLECTOR_C}`);
  });

  it('shows the linked collection crew with its reasons, the 速借宝 debt story and the advice from the analysis', () => {
    const crew = masked.timeline.clusters.find((c) => c.senders.includes(COLLECTOR_C))!;
    expect(crew.senders.length).toBeGreaterThanOrEqual(4);
    const block = new RegExp(`<div class="cluster" id="c-${crew.id}">([\\s\\S]*?)</div>`).exec(maskedHtml)![1]!;
    expect(block).toContain('相同回拨号码');
    expect(block).toContain(COLLECTOR_C);
    const story = masked.timeline.incidents.find((i) => i.platform === '速借宝')!;
    const incident = new RegExp(`<div class="incident" id="i-${story.id}">([\\s\\S]*?)</div>`).exec(maskedHtml)![1]!;
    expect(incident).toContain('亲友首次被牵扯的时间');
    expect(incident.match(/<tr/g)!.length).toBe(story.steps.length + 1);
    const advice = /<ol class="advice">([\s\S]*?)<\/ol>/.exec(maskedHtml)![1]!;
    expect(advice).toMatch(/你被当作 周\*? ?\S* 在闪电花借款的紧急联系人催收/);
    expect(advice).toContain('催收你速借宝欠款的 4 个号码（35 条短信）都不是青禾消费金融的官方号码');
    expect(advice).toContain('12321');
    expect(advice).not.toMatch(/\{\w+\}/);
    for (const a of masked.advice) for (const id of a.messageIds) expect(maskedHtml).toContain(`<article class="msg" id="m-${id}">`);
  });

  it('masks the user\'s details everywhere, in labels and inside the cited messages', () => {
    for (const value of USER_VALUES) expect(maskedHtml, value).not.toContain(value);
    expect(maskedHtml).toContain('姓名 林*峰');
    expect(maskedHtml).toContain('父亲 林*国');
    expect(maskedHtml).toContain('报告中本人信息已打码');
  });

  it('shows the values when the user chose to reveal them', () => {
    const html = renderReport(collectReportInput(demo.db, { reveal: true, timeZone: 'Asia/Shanghai' }), 'html');
    expect(html).toContain('姓名 林晓峰');
    expect(html).toContain('父亲 林建国');
    // Collector C's message quoting the whole ID number is cited verbatim.
    expect(html).toContain('32010619900517283X');
    expect(html).toContain('未打码');
  });

  it('cites every first-knowledge message with sender, both times, source file and its sha256', () => {
    const sha = demo.db.prepare("SELECT sha256 FROM sources WHERE file_name = 'demo-sms.xml'").pluck().get() as string;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const firsts = masked.timeline.events.filter((e) => e.first);
    expect(firsts.length).toBeGreaterThan(20);
    for (const e of firsts) {
      const article = new RegExp(`<article class="msg" id="m-${e.messageId}">([\\s\\S]*?)</article>`).exec(maskedHtml);
      expect(article, `message ${e.messageId}`).not.toBeNull();
      expect(article![1]).toContain(`${e.sender} (收到)`);
      expect(article![1]).toContain(sha);
      expect(article![1]).toContain('demo-sms.xml');
      expect(article![1]).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+08:00/);
      expect(article![1]).toContain(new Date(e.time).toISOString());
    }
  });

  it('prints the same content hash for the same data, whenever it is generated', () => {
    const again = collectReportInput(demo.db, { reveal: true, lang: 'en', timeZone: 'Europe/Berlin', now: Date.UTC(2026, 5, 1) });
    expect(again.dbContentHash).toBe(masked.dbContentHash);
    expect(masked.dbContentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(maskedHtml).toContain(`<dd class="hash" id="content-hash">${masked.dbContentHash}</dd>`);
    expect(maskedHtml).toContain('2025-01-02 11:04:05 +08:00');
  });

  it('loads nothing: a CSP that forbids everything, no script, image, font or link, no URL outside message text', () => {
    expect(maskedHtml).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'/);
    const markup = markupOnly(maskedHtml);
    expect(markup).not.toMatch(/<script|<img|<link|<iframe|<object|@import|url\(/i);
    expect(markup).not.toMatch(/https?:\/\//i);
    // The phishing link in the fake courier message stays as inert, escaped text.
    expect(maskedHtml).toMatch(/<pre class="body">[^<]*http:\/\/[^<]*<\/pre>/);
    expect(maskedHtml).not.toMatch(/href="(?!#)/);
  });

  it('draws the exposure curves and the monthly histogram as inline SVG with their numbers', () => {
    const charts = /<section id="charts">([\s\S]*?)<\/section>/.exec(maskedHtml)![1]!;
    expect(charts.match(/<svg /g)).toHaveLength(2);
    // One step line per exposed item, each labelled, with its final sender count written out.
    expect(charts.match(/class="step"/g)).toHaveLength(masked.timeline.curves.length);
    expect(charts).toContain('class="lbl">身份证号 3201**');
    expect(charts).toMatch(/class="num">6<\/text>/);
    const total = masked.monthly.reduce((n, m) => n + m.count, 0);
    expect(total).toBe(masked.totals.messages);
    expect(masked.monthly[0]!.month).toBe('2024-01');
  });

  it('escapes message text so that markup inside a message stays text', () => {
    const input: ReportInput = { ...masked, messages: [{ ...masked.messages[0]!, body: '<script>alert(1)</script> & <img src=x>' }] };
    const html = renderReport(input, 'html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x&gt;');
    expect(html).not.toContain('<script>');
  });

  it('writes the report in English on request', () => {
    const html = renderReport({ ...masked, lang: 'en' }, 'html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Exposure table');
    expect(html).toContain('Your own details are masked');
    expect(html).not.toContain('信息暴露表');
  });
});
