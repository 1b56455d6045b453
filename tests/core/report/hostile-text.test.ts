// SPDX-License-Identifier: MIT
// Text that tries to break the report: markup in a cited body, a sender reversed by a right-to-left
// override, a zero-width space inside the bank's 95588. The HTML must show it inert and as what it
// is; the CSV and JSONL keep the bytes as they were, for tools that compare them with the phone.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src-main/core/model/analysis';
import type { CitedMessage, ReportInput } from '../../../src-main/core/model/report';
import type { SenderDossier } from '../../../src-main/core/model/timeline';
import { renderReport } from '../../../src-main/core/report/render-report';

const REVERSED = '+86 138\u202Egnp.exe';
const SPOOFED_BANK = '955\u200B88';
const CONTACT = '\u202E服客行银商工';
const MARKUP = '您的账户已冻结 <script>alert(1)</script><img src=x onerror=alert(2)> 详见 icbc.com.\u202Emoc.evil//:sptth';
const T0 = Date.UTC(2024, 4, 1, 2, 0, 0);
const unmarked = { starred: false, tags: [], note: null };

function dossier(senderId: number, address: string, contactName: string | null): SenderDossier {
  return {
    senderId,
    address,
    kind: 'unknown',
    contactName,
    firstSeen: T0,
    lastSeen: T0,
    messages: 1,
    calls: 0,
    categories: { ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])), fraud: 1 } as SenderDossier['categories'],
    risk: 0.9,
    knows: [{ item: 'name', firstTime: T0, messageId: senderId * 10, mentions: 1 }],
    cluster: 1,
    annotation: unmarked,
  };
}

function cited(id: number, sender: string, body: string): CitedMessage {
  return {
    id,
    time: T0,
    timeSuspect: false,
    senderId: id / 10,
    sender,
    direction: 'in',
    body,
    category: 'fraud',
    risk: 0.9,
    sourceFile: 'hostile.xml',
    sourceSha256: 'a'.repeat(64),
    reasons: ['first_knowledge'],
    items: ['name'],
    annotation: unmarked,
  };
}

const INPUT: ReportInput = {
  timeline: {
    items: [{ key: 'name', type: 'name', label: '姓名 林*峰' }],
    events: [
      { time: T0, senderId: 1, sender: REVERSED, item: 'name', messageId: 10, first: true },
      { time: T0, senderId: 2, sender: SPOOFED_BANK, item: 'name', messageId: 20, first: true },
    ],
    curves: [{ item: 'name', points: [{ time: T0, senders: 1, senderId: 1, messageId: 10 }, { time: T0, senders: 2, senderId: 2, messageId: 20 }] }],
    senders: [dossier(1, REVERSED, CONTACT), dossier(2, SPOOFED_BANK, null)],
    clusters: [{ id: 1, senders: [REVERSED, SPOOFED_BANK], reasons: [{ kind: 'link', value: 'icbc.com.\u202Emoc.evil', senders: [REVERSED, SPOOFED_BANK], messageIds: [10, 20] }] }],
    incidents: [{ id: 'scam-1', title: '<b>工商\u200B银行</b>', platform: null, cluster: 1, steps: [{ time: T0, messageId: 10, senderId: 1, sender: REVERSED, stage: 'scam', category: 'fraud' }], contactsDrawnIn: null }],
    suspectTimes: [],
  },
  advice: [],
  messages: [cited(10, REVERSED, MARKUP), cited(20, SPOOFED_BANK, '【工商银行】您的验证码是 123456')],
  citable: 2,
  monthly: [{ month: '2024-05', count: 2 }],
  totals: { messages: 2, calls: 0, senders: 2, sources: 1 },
  generatedAt: T0,
  dbContentHash: 'b'.repeat(64),
  reveal: false,
  lang: 'zh',
  timeZone: 'Asia/Shanghai',
  appVersion: '0.0.0-test',
};

const html = renderReport(INPUT, 'html');

/** Every tag in the document: escaped text has no raw `<`, so each of these is the report's own markup. */
const tags = () => html.match(/<[^>]*>/g) ?? [];

describe('hostile text in the HTML report', () => {
  it('writes no script, image or event handler of its own: the markup in a body is only escaped text', () => {
    expect(tags().filter((tag) => /^<(script|img|iframe|object|embed|svg:script)\b/i.test(tag))).toEqual([]);
    expect(tags().filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<script|<img/i);
    const article = /<article class="msg" id="m-10">([\s\S]*?)<\/article>/.exec(html)![1]!;
    expect(article).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('shows the override in the reversed sender everywhere it appears, as a marker and never as the character', () => {
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/);
    const marked = '+86 138<span class="inv" title="RLO">⟨U+202E⟩</span>gnp.exe';
    const dossierRow = /<tr id="s-1">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    expect(dossierRow).toContain(marked);
    expect(dossierRow).toContain('<span class="inv" title="RLO">⟨U+202E⟩</span>服客行银商工');
    expect(/<article class="msg" id="m-10">([\s\S]*?)<\/article>/.exec(html)![1]).toContain(`<dd class="addr">${marked} (收到)</dd>`);
    expect(/<div class="cluster" id="c-1">([\s\S]*?)<\/div>/.exec(html)![1]).toContain(marked);
    expect(/<div class="incident" id="i-scam-1">([\s\S]*?)<\/div>/.exec(html)![1]).toContain(marked);
  });

  it('shows the zero-width space that makes 955 [ZWSP] 88 pass for the bank', () => {
    const marked = '955<span class="inv" title="ZWSP">⟨U+200B⟩</span>88';
    expect(/<tr id="s-2">([\s\S]*?)<\/tr>/.exec(html)![1]).toContain(marked);
    expect(/<article class="msg" id="m-20">([\s\S]*?)<\/article>/.exec(html)![1]).toContain(marked);
  });

  it('marks the reversed link inside the cited body and escapes the incident title', () => {
    expect(/<pre class="body">([\s\S]*?)<\/pre>/.exec(html)![1]).toContain('icbc.com.<span class="inv" title="RLO">⟨U+202E⟩</span>moc.evil//:sptth');
    expect(html).toContain('<h3>&lt;b&gt;工商<span class="inv" title="ZWSP">⟨U+200B⟩</span>银行&lt;/b&gt;</h3>');
  });

  it('explains the markers once, in the header, and only when there are some', () => {
    expect(html.match(/id="invisible-note"/g)).toHaveLength(1);
    expect(html).toContain('⟨U+…⟩ 标记原文中的不可见字符');
    const plain: ReportInput = {
      ...INPUT,
      timeline: { ...INPUT.timeline, events: [], curves: [], senders: [], clusters: [], incidents: [] },
      messages: [cited(30, '95588', '<b>您好</b>')],
    };
    expect(renderReport(plain, 'html')).not.toContain('invisible-note');
  });
});

describe('hostile text in the CSV and JSONL exports', () => {
  it('keeps the senders and bodies exactly as stored', () => {
    const rows = parse(renderReport(INPUT, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
    // The apostrophe is the CSV-injection guard for a field starting with + and letters; the rest is raw.
    expect(rows.map((r) => r['sender'])).toEqual([`'${REVERSED}`, SPOOFED_BANK]);
    expect(rows[0]!['text']).toBe(MARKUP);
    const lines = renderReport(INPUT, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l['message_id'] === 10)!;
    expect(line).toMatchObject({ sender: REVERSED, message: `[${REVERSED}] ${MARKUP}` });
    expect(lines.find((l) => l['message_id'] === 20)).toMatchObject({ sender: SPOOFED_BANK });
  });
});
