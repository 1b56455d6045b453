// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { chinaDate, chinaParts } from '../../../src-main/core/demo/china-time';
import { CAST, OPERATIONS, PROFILE } from '../../../src-main/core/demo/demo-cast';
import type { DemoCallCategory, DemoMessageCategory } from '../../../src-main/core/demo/demo-records';
import { canonicalNumber } from '../../../src-main/core/demo/demo-records';
import { generateDemo } from '../../../src-main/core/demo/generate-demo';

const data = generateDemo();

// Written independently of the generator's own windows: when each kind of text plausibly
// arrives, China time, [from, to) in hours.
const MESSAGE_HOURS: Record<DemoMessageCategory, readonly [number, number]> = {
  verification: [7, 24],
  bank_notice: [7, 24],
  bank_marketing: [9, 21],
  carrier: [8, 21],
  delivery: [8, 21],
  marketing: [9, 21],
  loan_ad: [9, 21],
  rail: [7, 24],
  personal: [7, 24],
  government: [8, 21],
  lender: [8, 21],
  collection: [8, 22],
  contact_collection: [8, 21],
  scam: [8, 23],
};
const CALL_HOURS: Record<DemoCallCategory, readonly [number, number]> = {
  family: [8, 23],
  friend: [8, 23],
  work: [9, 18],
  courier: [8, 21],
  service: [8, 21],
  collection: [8, 21],
  contact_collection: [8, 21],
  scam: [8, 22],
  spam: [8, 21],
};

/** GB 11643-1999, written as the standard states it: Σ aᵢ·2^(18−i) ≡ 1 (mod 11), X = 10. */
function passesGb11643(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const ch = id[i] as string;
    const value = ch === 'X' ? 10 : Number(ch);
    sum += value * (2 ** (17 - i) % 11);
  }
  return sum % 11 === 1;
}

describe('generateDemo', () => {
  it('yields about three thousand messages and a few hundred calls', () => {
    expect(data.messages.length).toBeGreaterThanOrEqual(2500);
    expect(data.messages.length).toBeLessThanOrEqual(3600);
    expect(data.calls.length).toBeGreaterThanOrEqual(300);
    expect(data.calls.length).toBeLessThanOrEqual(800);
  });

  it('spans the two years 2024 and 2025 in China time, in order', () => {
    const days = data.messages.map((m) => chinaDate(m.time));
    expect(days[0]).toBe('2024-01-01');
    expect(days[days.length - 1]! >= '2025-12-28').toBe(true);
    expect(days.every((d) => d >= '2024-01-01' && d <= '2025-12-31')).toBe(true);
    expect(data.calls.every((c) => chinaDate(c.time) >= '2024-01-01' && chinaDate(c.time) <= '2025-12-31')).toBe(true);
    const times = data.messages.map((m) => m.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps every message inside a plausible hour window for its category', () => {
    const outside = data.messages.filter((m) => {
      const [from, to] = MESSAGE_HOURS[m.category];
      const hour = chinaParts(m.time).hour;
      return hour < from || hour >= to;
    });
    expect(outside.map((m) => `${m.category} ${new Date(m.time).toISOString()}`)).toEqual([]);
  });

  it('keeps every call inside a plausible hour window, office calls on weekdays', () => {
    const outside = data.calls.filter((c) => {
      const [from, to] = CALL_HOURS[c.category];
      const p = chinaParts(c.time);
      return p.hour < from || p.hour >= to || (c.category === 'work' && (p.weekday === 0 || p.weekday === 6));
    });
    expect(outside).toEqual([]);
  });

  it('stamps incoming texts as sent a moment before they arrived, outgoing ones not at all', () => {
    for (const m of data.messages) {
      if (m.direction === 'in') {
        expect(m.timeSent).not.toBeNull();
        expect(m.time - (m.timeSent as number)).toBeGreaterThanOrEqual(0);
        expect(m.time - (m.timeSent as number)).toBeLessThan(10_000);
      } else {
        expect(m.timeSent).toBeNull();
        expect(m.box).toBe('sent');
      }
    }
  });

  it('writes only full resident ID numbers that pass the GB 11643 checksum', () => {
    const ids = data.messages.flatMap((m) => m.body.match(/(?<!\d)\d{17}[\dX](?!\d)/g) ?? []);
    expect(new Set(ids)).toEqual(new Set([PROFILE.id_number, '320102198811230416']));
    expect(ids.every(passesGb11643)).toBe(true);
    expect(passesGb11643(PROFILE.id_number)).toBe(true);
  });

  it('has no card tail in background texts: only the bank, the lender and story senders show 8848', () => {
    const storyNumbers = new Set<string>([CAST.cmb.number, CAST.lender.number, CAST.collectorB.number, CAST.fakeRegulator.number]);
    const strays = data.messages.filter((m) => m.direction === 'in' && m.body.includes('8848') && !storyNumbers.has(canonicalNumber(m.address)));
    expect(strays).toEqual([]);
  });

  it('keeps the CMB balance consistent from one notice to the next', () => {
    const notices = data.messages.filter((m) => m.address === '95555' && /余额\d/.test(m.body));
    let previous: number | null = null;
    for (const notice of notices) {
      const balance = Math.round(Number(/余额(\d+\.\d{2})/.exec(notice.body)?.[1]) * 100);
      const amount = Math.round(Number(/(?:人民币|支付)(\d+\.\d{2})/.exec(notice.body)?.[1]) * 100);
      const sign = /入账|转入/.test(notice.body) ? 1 : -1;
      if (previous !== null) expect(balance).toBe(previous + sign * amount);
      expect(balance).toBeGreaterThanOrEqual(0);
      previous = balance;
    }
    expect(notices.length).toBeGreaterThan(500);
  });

  it('includes a few emoji outside the BMP in personal texts only', () => {
    const astral = data.messages.filter((m) => /[\u{10000}-\u{10FFFF}]/u.test(m.body));
    expect(astral.length).toBeGreaterThanOrEqual(10);
    expect(astral.length).toBeLessThanOrEqual(120);
    expect(new Set(astral.map((m) => m.category))).toEqual(new Set(['personal']));
  });

  it('has every text of an operation carry one of its shared markers', () => {
    for (const operation of OPERATIONS) {
      const numbers = new Set<string>(operation.members.map((key) => CAST[key].number));
      const texts = data.messages.filter((m) => m.direction === 'in' && numbers.has(canonicalNumber(m.address)));
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(operation.sharedMarkers.some((marker) => text.body.includes(marker))).toBe(true);
    }
  });

  it('sends collection texts from several numbers as near-duplicates of one template', () => {
    const crew = new Set(['collectorA', 'collectorB', 'collectorC', 'collectorD']);
    const texts = data.messages.filter((m) => m.direction === 'in' && m.castKey !== null && crew.has(m.castKey));
    expect(new Set(texts.map((m) => m.castKey))).toEqual(crew);
    const templated = texts.filter((m) => /速借宝.*逾期\d+天/.test(m.body) && m.body.includes('¥3,280.50'));
    expect(new Set(templated.map((m) => m.castKey))).toEqual(crew);
    expect(templated.length).toBeGreaterThanOrEqual(20);
  });

  it('clusters the crew\'s calls in the collection weeks', () => {
    const crewCalls = data.calls.filter((c) => c.category === 'collection');
    expect(crewCalls.length).toBeGreaterThanOrEqual(60);
    for (const call of crewCalls) {
      expect(chinaDate(call.time) >= '2025-01-16' && chinaDate(call.time) <= '2025-03-21').toBe(true);
    }
    const numbers = new Set(crewCalls.map((c) => c.address));
    expect(numbers.has(CAST.collectionLandline.number)).toBe(true);
    expect(numbers.has(CAST.collectorA.number)).toBe(true);
  });

  it('sends more loan ads after the loan application than before it', () => {
    const ads = data.messages.filter((m) => m.category === 'loan_ad');
    const before = ads.filter((m) => chinaDate(m.time) < '2024-06-12').length;
    const after = ads.filter((m) => chinaDate(m.time) >= '2024-06-12' && chinaDate(m.time) < '2024-11-01').length;
    // Both windows are about five months long.
    expect(after).toBeGreaterThan(before * 3);
  });
});
