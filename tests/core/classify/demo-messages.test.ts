// SPDX-License-Identifier: MIT
// The bundled demo history (written by the project, resources/demo) carries the truth about each
// incoming message: what kind of sender wrote it and why. The classifier must agree with it, per
// kind, through the whole analyzer (detectors + rules) as the app runs it.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/core/demo/generate-demo';
import { createMessageAnalyzer } from '../../../src-main/core/analysis/message-analyzer';
import type { Category } from '../../../src-main/core/model/analysis';
import type { DemoMessageCategory } from '../../../src-main/core/demo/demo-records';

const EXPECTED: Record<DemoMessageCategory, Category[]> = {
  verification: ['verification_code'],
  bank_notice: ['notice'],
  bank_marketing: ['marketing'],
  carrier: ['notice', 'marketing'],
  delivery: ['notice'],
  marketing: ['marketing'],
  loan_ad: ['marketing'],
  rail: ['notice'],
  personal: ['personal'],
  // Anti-fraud and 12345 hotline notices talk about fraud and collection; they are notices.
  government: ['notice'],
  // The lender's official number: reminders and statements, never collection threats.
  lender: ['notice', 'debt_collection'],
  collection: ['debt_collection'],
  contact_collection: ['contact_collection'],
  scam: ['fraud'],
};

/** Least share of each kind the analyzer must get right. */
const BAR: Partial<Record<DemoMessageCategory, number>> = { personal: 0.9, government: 0.8, scam: 0.9 };

describe('classifying the demo history', () => {
  const analyze = createMessageAnalyzer();
  const results = new Map<DemoMessageCategory, { right: number; wrong: string[] }>();
  for (const m of generateDemo().messages) {
    if (m.direction !== 'in') continue;
    const got = analyze({ text: m.body, sender: m.address }).category;
    const r = results.get(m.category) ?? { right: 0, wrong: [] };
    if (EXPECTED[m.category].includes(got)) r.right++;
    else r.wrong.push(`${got}: ${m.body}`);
    results.set(m.category, r);
  }

  it.each([...results.keys()])('gets the demo messages of kind %s right', (kind) => {
    const r = results.get(kind)!;
    const share = r.right / (r.right + r.wrong.length);
    expect(share, [...new Set(r.wrong)].slice(0, 10).join('\n')).toBeGreaterThanOrEqual(BAR[kind] ?? 0.98);
  });
});
