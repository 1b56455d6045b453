// SPDX-License-Identifier: MIT
import { beforeAll, describe, expect, it } from 'vitest';
import { useAnalysedDemo } from '../../support/analysed-demo';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CAST, type CastKey } from '../../../src-main/core/demo/demo-cast';
import { PLOT_MESSAGES } from '../../../src-main/core/demo/demo-plot';
import { chinaTime } from '../../../src-main/core/demo/china-time';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';
import { buildTimeline, senderDossiers, timelineView } from '../../../src-main/core/timeline/build-timeline';
import { refreshTimeline, timelineStale } from '../../../src-main/core/timeline/refresh-timeline';
import { messageHistogram } from '../../../src-main/core/timeline/message-histogram';
import { benchTimeline } from '../../../src-main/core/timeline/bench-timeline';
import { Timeline, TimelineView, type ExposureEvent, type Incident } from '../../../src-main/core/model/timeline';

let db: Database;
let view: TimelineView;

const address = (key: CastKey): string => normalizeAddress(CAST[key].number).address;

/** The minute (UTC epoch ms, floored) at which the plot has `party` send a text containing `text`. */
function plotMinute(party: CastKey, text: string): number {
  const m = PLOT_MESSAGES.find((p) => p.party === party && p.direction === 'in' && p.body.includes(text));
  if (!m) throw new Error(`no plot message of ${party} with ${text}`);
  const [date, hm] = m.at.split(' ') as [string, string];
  const [h, min] = hm.split(':').map(Number) as [number, number];
  return chinaTime(date, h, min);
}
const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

function firstOf(item: string): ExposureEvent {
  const e = view.events.find((x) => x.item === item && x.first);
  if (!e) throw new Error(`nobody knew ${item}`);
  return e;
}

const demo = useAnalysedDemo();
beforeAll(() => {
  db = demo().db;
  view = timelineView(db, { reveal: false });
});

describe('the leak timeline on the demo story', { timeout: 120_000 }, () => {
  it('returns a view that satisfies the shared schema, with only first-knowledge events', () => {
    expect(() => TimelineView.parse(view)).not.toThrow();
    expect(view.events.every((e) => e.first)).toBe(true);
    const pairs = view.events.map((e) => `${e.senderId}:${e.item}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(timelineStale(db)).toBe(false);
  });

  it('shows the fake credit centre as the first to know the ID fragment, months before the lender', () => {
    const id = firstOf('id_number');
    expect(id.sender).toBe(address('fakeCreditCentre'));
    expect(minute(id.time)).toBe(plotMinute('fakeCreditCentre', '校园贷账户未注销'));
    const lenderKnew = view.events.find((e) => e.item === 'id_number' && e.sender === address('lender'))!;
    expect(minute(lenderKnew.time)).toBe(plotMinute('lender', '身份证尾号'));
    expect(lenderKnew.time).toBeGreaterThan(id.time);
  });

  it("dates the first knowledge of the parents' names to collector B's threat to call them", () => {
    for (const item of ['relatives.0', 'relatives.1']) {
      const e = firstOf(item);
      expect(e.sender, item).toBe(address('collectorB'));
      expect(minute(e.time), item).toBe(plotMinute('collectorB', '联系你的父亲林建国'));
    }
    const father = view.events.filter((e) => e.item === 'relatives.0').map((e) => e.sender);
    expect(father).toEqual([address('collectorB'), address('collectorC')]);
  });

  it("dates the sister's name to collector C's contact-list threat and the employer to collector B", () => {
    const sister = firstOf('relatives.2');
    expect(sister.sender).toBe(address('collectorC'));
    expect(minute(sister.time)).toBe(plotMinute('collectorC', '整理你的通讯录'));
    const employer = firstOf('employer');
    expect(employer.sender).toBe(address('collectorB'));
    expect(minute(employer.time)).toBe(plotMinute('collectorB', '就职于'));
  });

  it('finds the home address first in the fake courier text, long before the collectors', () => {
    const home = view.events.filter((e) => e.item === 'address');
    expect(home.map((e) => e.sender)).toEqual([address('fakeCourier'), address('collectorC')]);
    expect(minute(home[0]!.time)).toBe(plotMinute('fakeCourier', '顺丰速运'));
  });

  it('does not count family members calling the user by name, nor bare 林先生 greetings, as exposure', () => {
    const nameKnowers = new Set(view.events.filter((e) => e.item === 'name').map((e) => e.sender));
    expect(nameKnowers.has(address('mother'))).toBe(false);
    expect(nameKnowers.has(address('colleague'))).toBe(false);
    expect(nameKnowers.has(address('collectorA'))).toBe(true);
    expect(nameKnowers.has(address('lender'))).toBe(true);
  });

  it('draws a step curve per item that rises by one for each new sender', () => {
    const curve = view.curves.find((c) => c.item === 'relatives.0')!;
    expect(curve.points.map((p) => p.senders)).toEqual([1, 2]);
    expect(curve.points.map((p) => p.senderId)).toEqual(view.events.filter((e) => e.item === 'relatives.0').map((e) => e.senderId));
    const id = view.curves.find((c) => c.item === 'id_number')!;
    expect(id.points.length).toBeGreaterThanOrEqual(5);
    expect([...id.points].sort((a, b) => a.time - b.time)).toEqual(id.points);
  });

  it('reveals the 速借宝 debt as one item with the lender name and the amount named most often', () => {
    const debt = view.items.find((i) => i.key === 'debt:速借宝');
    expect(debt).toMatchObject({ type: 'debt' });
    expect(debt!.label).toContain('青禾消费金融');
    expect(debt!.label).toContain('¥3,280.50');
    expect(view.items.some((i) => i.key === 'debt:青禾消费金融')).toBe(false);
    expect(firstOf('debt:速借宝').sender).toBe(address('lender'));
    const debtKnowers = new Set(view.events.filter((e) => e.item === 'debt:速借宝').map((e) => e.sender));
    for (const k of ['collectorA', 'collectorB', 'collectorC', 'collectorD', 'fakePlatform'] as const) expect(debtKnowers.has(address(k)), k).toBe(true);
  });

  it("reveals 周明's 闪电花 debt through the contact collectors", () => {
    expect(view.items.find((i) => i.key === 'debt:闪电花')?.type).toBe('debt');
    const first = firstOf('debt:闪电花');
    expect(first.sender).toBe(address('shandianA'));
    expect(minute(first.time)).toBe(plotMinute('shandianA', '他留的紧急联系人是您'));
  });

  it('masks profile values in item labels unless revealed', () => {
    const labels = view.items.map((i) => i.label).join(' ');
    expect(labels).not.toContain('林晓峰');
    expect(labels).not.toContain('林建国');
    expect(labels).toContain('林*国');
    const revealed = timelineView(db, { reveal: true }).items.map((i) => i.label).join(' ');
    expect(revealed).toContain('林建国');
  });
});

describe('the 速借宝 incident', { timeout: 120_000 }, () => {
  let incident: Incident;
  beforeAll(() => {
    incident = view.incidents.find((i) => i.platform === '速借宝')!;
  });

  it('escalates from the loan notice through overdue, hand-over, collection and threats to the relatives', () => {
    expect(incident).toBeDefined();
    const firstStages: string[] = [];
    for (const s of incident.steps) if (s.stage !== 'scam' && !firstStages.includes(s.stage)) firstStages.push(s.stage);
    expect(firstStages).toEqual(['loan', 'reminder', 'overdue', 'handover', 'collection', 'threat', 'contacts', 'settled']);
    const at = (stage: string) => minute(incident.steps.find((s) => s.stage === stage)!.time);
    expect(at('overdue')).toBe(plotMinute('lender', '已逾期1天'));
    expect(at('handover')).toBe(plotMinute('lender', '委托合作催收机构'));
    expect(at('collection')).toBe(plotMinute('collectorA', '现已转至我司贷后部处理'));
    expect(at('threat')).toBe(plotMinute('collectorA', '提起诉讼'));
    expect(at('settled')).toBe(plotMinute('lender', '已全部结清'));
  });

  it('dates the contacts drawn in to the first text that named the parents', () => {
    expect(incident.contactsDrawnIn).not.toBeNull();
    expect(minute(incident.contactsDrawnIn!)).toBe(plotMinute('collectorB', '联系你的父亲林建国'));
  });

  it('belongs to the collection crew cluster and lists the scam ring exploiting the debt as scam steps', () => {
    const crew = view.clusters.find((c) => c.senders.includes(address('collectorA')))!;
    expect(incident.cluster).toBe(crew.id);
    const scams = incident.steps.filter((s) => s.stage === 'scam').map((s) => s.sender);
    expect(scams).toContain(address('fakePlatform'));
    expect(incident.steps.every((s, i) => i === 0 || s.time >= incident.steps[i - 1]!.time)).toBe(true);
  });

  it('tells the emergency-contact story of 闪电花 apart, with the user drawn in from its first text', () => {
    const other = view.incidents.find((i) => i.platform === '闪电花')!;
    expect(other.steps.every((s) => s.stage === 'contacts')).toBe(true);
    expect(minute(other.contactsDrawnIn!)).toBe(plotMinute('shandianA', '他留的紧急联系人是您'));
    expect(new Set(other.steps.map((s) => s.sender))).toEqual(new Set([address('shandianA'), address('shandianB')]));
  });
});

describe('dossiers, the full timeline and the histogram', { timeout: 120_000 }, () => {
  it('builds a dossier for every sender with messages or calls, including the call-only line', () => {
    const full = buildTimeline(db, { reveal: false });
    expect(() => Timeline.parse(full)).not.toThrow();
    const senders = db.prepare('SELECT count(*) FROM senders s WHERE EXISTS (SELECT 1 FROM messages WHERE sender_id = s.id) OR EXISTS (SELECT 1 FROM calls WHERE sender_id = s.id)').pluck().get();
    expect(full.senders.length).toBe(senders);
    const line = full.senders.find((s) => s.address === address('collectionLandline'))!;
    expect(line.messages).toBe(0);
    expect(line.calls).toBeGreaterThan(0);
    expect(line.cluster).toBe(full.senders.find((s) => s.address === address('collectorA'))!.cluster);
    const c = full.senders.find((s) => s.address === address('collectorC'))!;
    expect(c.knows.map((k) => k.item)).toEqual(expect.arrayContaining(['name', 'id_number', 'relatives.0', 'relatives.2', 'address', 'debt:速借宝']));
    expect(c.categories.debt_collection).toBeGreaterThan(5);
    expect(c.risk).toBeGreaterThan(0.5);
  });

  it('lists every mention with the first one marked when all events are asked for', () => {
    const all = buildTimeline(db, { reveal: false, events: 'all' }).events;
    const firsts = all.filter((e) => e.first);
    expect(firsts.length).toBe(view.events.length);
    const byC = all.filter((e) => e.sender === address('collectorC') && e.item === 'name');
    expect(byC.length).toBeGreaterThan(5);
    expect(byC.filter((e) => e.first)).toHaveLength(1);
    expect(byC[0]!.first).toBe(true);
  });

  it('pages, filters and sorts the dossiers', () => {
    const crew = view.clusters.find((c) => c.senders.includes(address('collectorA')))!;
    const page = senderDossiers(db, { offset: 0, limit: 3, cluster: crew.id, sort: 'knows' });
    expect(page.total).toBe(crew.senders.length);
    expect(page.rows).toHaveLength(3);
    expect(page.rows[0]!.knows.length).toBeGreaterThanOrEqual(page.rows[1]!.knows.length);
    const found = senderDossiers(db, { offset: 0, limit: 10, query: '妈妈' });
    expect(found.rows.map((r) => r.address)).toEqual([address('mother')]);
    const risky = senderDossiers(db, { offset: 0, limit: 20, sort: 'risk' }).rows;
    expect(risky.every((r, i) => i === 0 || r.risk <= risky[i - 1]!.risk)).toBe(true);
  });

  it('counts every message into the histogram buckets over the sane date range', () => {
    const h = messageHistogram(db, { buckets: 24 });
    const total = db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
    expect(h.counts).toHaveLength(24);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(h.suspect).toBe(0);
    const story = messageHistogram(db, { buckets: 10, from: plotMinute('collectorA', '现已转至我司贷后部处理'), to: plotMinute('lender', '已全部结清') });
    expect(story.counts.reduce((a, b) => a + b, 0)).toBeLessThan(total);
    expect(story.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
  });
});

describe('keeping the timeline up to date', { timeout: 120_000 }, () => {
  it('picks up a re-analysed message and a removed one without a full rebuild', () => {
    const e = firstOf('employer');
    // The employer text disappears (as if its source were removed): the pair goes with it.
    db.prepare('DELETE FROM messages WHERE id = ?').run(e.messageId);
    expect(timelineStale(db)).toBe(true);
    const after = timelineView(db, { reveal: false });
    expect(after.events.some((x) => x.item === 'employer')).toBe(false);
    const b = senderDossiers(db, { offset: 0, limit: 5, query: address('collectorB') }).rows[0]!;
    expect(b.knows.some((k) => k.item === 'employer')).toBe(false);
    // A re-analysis writes the analysis row again: only that message is read.
    const some = view.events.find((x) => x.item === 'relatives.2')!;
    db.prepare('UPDATE analysis SET risk = risk WHERE message_id = ?').run(some.messageId);
    expect(refreshTimeline(db).processed).toBe(1);
  });

  it('rebuilds everything for the bench and reports its timings', () => {
    const bench = benchTimeline(db);
    expect(bench.refreshed).toBe(db.prepare('SELECT count(*) FROM analysis').pluck().get());
    expect(bench.events).toBe(timelineView(db, { reveal: false }).events.length);
    expect(bench.incrementalMs).toBeGreaterThanOrEqual(0);
  });
});
