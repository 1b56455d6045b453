// SPDX-License-Identifier: MIT
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAnalysedDemo } from '../../support/analysed-demo';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../src-main/core/db/open';
import { adviceFor } from '../../../src-main/core/advice/advice-for';
import { Advice, type AdviceKind } from '../../../src-main/core/model/advice';
import { CAST, LINKS, type CastKey } from '../../../src-main/core/demo/demo-cast';
import { chinaTime } from '../../../src-main/core/demo/china-time';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';

let db: Database;
let advice: Advice[];

const senderId = (key: CastKey): number =>
  (db.prepare('SELECT id FROM senders WHERE address = ?').get(normalizeAddress(CAST[key].number).address) as { id: number }).id;
const of = (kind: AdviceKind): Advice => {
  const a = advice.find((x) => x.kind === kind);
  if (!a) throw new Error(`no ${kind} advice`);
  return a;
};
const sendersOf = (keys: CastKey[]): number[] => keys.map(senderId).sort((a, b) => a - b);

const demo = useAnalysedDemo();
beforeAll(() => {
  db = demo().db;
  advice = adviceFor(db);
});

describe('advice on the demo story', { timeout: 60_000 }, () => {
  it('gives every kind the story supports, valid against the schema, most urgent first', () => {
    for (const a of advice) expect(() => Advice.parse(a)).not.toThrow();
    expect(advice.map((a) => a.kind)).toEqual([
      'threats',
      'emergency_contact',
      'scam_requests',
      'unofficial_collectors',
      'leak_before_lender',
      'check_credit_record',
      'report_spam',
    ]);
  });

  it('counts the four 速借宝 collectors as unofficial, and not the lender nor relatives who mention the debt', () => {
    const a = of('unofficial_collectors');
    expect([...a.senderIds].sort((x, y) => x - y)).toEqual(sendersOf(['collectorA', 'collectorB', 'collectorC', 'collectorD']));
    expect(a.facts).toMatchObject({ senders: 4, platform: '速借宝', lender: '青禾消费金融', officialSenders: 1 });
    expect(a.senderIds).not.toContain(senderId('lender'));
    expect(a.senderIds).not.toContain(senderId('sister'));
  });

  it("tells the user they are 周明's emergency contact, with the debtor's name masked", () => {
    const a = of('emergency_contact');
    expect([...a.senderIds].sort((x, y) => x - y)).toEqual(sendersOf(['shandianA', 'shandianB']));
    expect(a.facts).toMatchObject({ debtor: '周*', platform: '闪电花', senders: 2, messages: 4 });
    expect(Math.floor((a.facts.first as number) / 60_000) * 60_000).toBe(chinaTime('2024-11-05', 14, 22));
    expect(JSON.stringify(a.facts)).not.toContain('周明');
  });

  it('dates the fake courier knowing the home address before the lender ever wrote', () => {
    const a = of('leak_before_lender');
    expect(a.facts).toMatchObject({ items: 1, itemKeys: 'address', senders: 1, lender: '青禾消费金融' });
    expect(a.senderIds).toEqual([senderId('fakeCourier')]);
    expect(Math.floor((a.facts.lenderFirst as number) / 60_000) * 60_000).toBe(chinaTime('2024-06-12', 14, 37));
  });

  it('reports the collectors threatening a home visit and shaming to contacts, to the police', () => {
    const a = of('threats');
    expect(a.senderIds).toEqual(expect.arrayContaining([senderId('collectorC')]));
    expect(a.facts.visits).toBeGreaterThanOrEqual(2);
    expect(a.facts.exposeContacts).toBeGreaterThanOrEqual(1);
    expect(a.channels.map((c) => c.contact)).toContain('110');
  });

  it("sends the scam ring's requests to the anti-fraud line and the credit questions to the credit reference centre", () => {
    const scams = of('scam_requests');
    expect(scams.senderIds).toEqual(expect.arrayContaining(sendersOf(['fakeCreditCentre', 'fakePlatform', 'fakeRegulator', 'fakeRepair'])));
    expect(scams.facts.transfers).toBeGreaterThanOrEqual(1);
    expect(scams.channels.map((c) => c.contact)).toEqual(['96110', '110', '12321']);
    const credit = of('check_credit_record');
    expect(credit.facts.repairOffers).toBeGreaterThanOrEqual(2);
    expect(credit.channels.map((c) => c.contact)).toEqual(['www.pbccrc.org.cn', '400-810-8866']);
  });

  it('never offers a number or link printed in the messages as a channel', () => {
    const printed = [...Object.values(LINKS), ...Object.values(CAST).map((c) => c.number)].map((s) => s.replace(/\D/g, '') || s);
    for (const a of advice) {
      for (const c of a.channels) {
        const digits = c.contact.replace(/\D/g, '');
        expect(printed.filter((p) => p.length > 5)).not.toContain(digits);
        expect(Object.values(LINKS).some((l) => c.contact.includes(l))).toBe(false);
      }
    }
  });

  it('cites messages from the senders each piece of advice names', () => {
    for (const a of advice) {
      expect(a.messageIds.length).toBeGreaterThan(0);
      const senders = db.prepare('SELECT DISTINCT sender_id AS s FROM messages WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(a.messageIds)) as { s: number }[];
      for (const s of senders) expect(a.senderIds).toContain(s.s);
    }
  });
});

describe('advice on an empty database', () => {
  it('gives nothing without messages', () => {
    const empty = openDatabase(join(demo().dir, 'empty.db'), { key: null });
    expect(adviceFor(empty)).toEqual([]);
    empty.close();
  });
});
