// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../../src-main/core/demo/china-time';
import { CAST, type CastKey, OPERATIONS } from '../../../src-main/core/demo/demo-cast';
import { canonicalNumber, type DemoMessage } from '../../../src-main/core/demo/demo-records';
import { ESCALATION, KNOWLEDGE, LEAK_BEFORE_LENDER, LOAN, THREAT_WORDS } from '../../../src-main/core/demo/demo-story';
import { generateDemo } from '../../../src-main/core/demo/generate-demo';

const { messages } = generateDemo();
const incoming = messages.filter((m) => m.direction === 'in');
const castByNumber = new Map<string, CastKey>(Object.entries(CAST).map(([key, member]) => [member.number, key as CastKey]));

/** Who shows `evidence`, searched the way a reader would: every incoming body, earliest first. */
function knownBy(evidence: string): { sender: string; first: string }[] {
  const first = new Map<string, string>();
  for (const m of incoming) {
    if (!m.body.includes(evidence)) continue;
    const number = canonicalNumber(m.address);
    const sender = castByNumber.get(number) ?? number;
    if (!first.has(sender)) first.set(sender, chinaDate(m.time));
  }
  return [...first].map(([sender, day]) => ({ sender, first: day }));
}

const from = (key: CastKey, list: DemoMessage[] = incoming): DemoMessage[] => list.filter((m) => canonicalNumber(m.address) === CAST[key].number);

describe('the demo story', () => {
  it.each(KNOWLEDGE.map((k) => [`${k.item} (${k.form})`, k] as const))('names exactly the senders that show %s, each with its first date', (_label, claim) => {
    expect(knownBy(claim.evidence)).toEqual(claim.knownBy);
  });

  it('shows the ID tail to a scammer months before the genuine lender prints it', () => {
    const shown = knownBy(LEAK_BEFORE_LENDER.evidence);
    expect(shown[0]).toEqual({ sender: LEAK_BEFORE_LENDER.firstSender, first: LEAK_BEFORE_LENDER.firstDate });
    expect(shown.find((s) => s.sender === 'lender')?.first).toBe(LEAK_BEFORE_LENDER.lenderFirstDate);
    expect(LEAK_BEFORE_LENDER.firstDate < LEAK_BEFORE_LENDER.lenderFirstDate).toBe(true);
    // …and the scammer texts after the loan application, so the leak follows the loan.
    expect(LEAK_BEFORE_LENDER.firstDate > LOAN.taken).toBe(true);
  });

  it.each(ESCALATION.map((s) => [`${s.date} ${s.sender}`, s] as const))('has the escalation step %s in the messages', (_label, step) => {
    const sameDay = from(step.sender).filter((m) => chinaDate(m.time) === step.date);
    const matching = sameDay.filter(
      (m) => step.reveals.every((r) => m.body.includes(r.evidence)) && (step.threat === null || THREAT_WORDS[step.threat].test(m.body)),
    );
    expect(matching.length).toBeGreaterThan(0);
  });

  it('lists the escalation in date order, all from the collection crew', () => {
    const crew = OPERATIONS.find((o) => o.key === 'sujiebao-collection')?.members ?? [];
    expect(ESCALATION.map((s) => s.date)).toEqual([...ESCALATION.map((s) => s.date)].sort());
    expect(ESCALATION.every((s) => crew.includes(s.sender))).toBe(true);
  });

  it('runs the genuine lender stream from the loan to the settlement', () => {
    const lender = from('lender');
    expect(chinaDate(lender[0]!.time)).toBe(LOAN.taken);
    expect(lender[0]!.body).toMatch(/^【青禾消费金融】/);
    expect(lender.every((m) => m.body.startsWith('【青禾消费金融】'))).toBe(true);
    expect(lender.some((m) => chinaDate(m.time) === LOAN.firstOverdueDay && m.body.includes('逾期1天'))).toBe(true);
    expect(lender.some((m) => m.body.includes(`将于12月12日到期，应还金额${LOAN.amountDue}`))).toBe(true);
    const settled = lender.find((m) => m.body.includes('结清'));
    expect(settled && chinaDate(settled.time)).toBe(LOAN.settled);
    expect(settled?.body).toContain(LOAN.settledAmount);
  });

  it('fails the automatic debit on the due date and takes the repayment on the settlement date', () => {
    const cmb = from('cmb');
    const failed = cmb.find((m) => m.body.includes('未成功'));
    expect(failed && chinaDate(failed.time)).toBe(LOAN.due);
    const repaid = cmb.find((m) => m.body.includes('【速借宝】'));
    expect(repaid && chinaDate(repaid.time)).toBe(LOAN.settled);
    expect(repaid?.body).toContain(LOAN.settledAmount.replace('¥', '').replace(',', ''));
  });

  it('keeps the 35-days-overdue count true to the calendar in every collection text', () => {
    const dueDay = Date.UTC(2024, 11, 12);
    for (const m of messages.filter((x) => x.category === 'collection' && x.direction === 'in')) {
      const days = /逾期(\d+)天/.exec(m.body)?.[1];
      if (days === undefined) continue;
      const [y, mo, d] = chinaDate(m.time).split('-').map(Number) as [number, number, number];
      expect(Number(days)).toBe(Math.round((Date.UTC(y, mo - 1, d) - dueDay) / 86_400_000));
    }
  });

  it('makes the user the emergency contact of 周明, not the debtor, in the 闪电花 thread', () => {
    const thread = [...from('shandianA'), ...from('shandianB')];
    expect(thread.length).toBeGreaterThanOrEqual(4);
    expect(thread.every((m) => m.body.includes('周明') && m.body.includes('闪电花'))).toBe(true);
    expect(thread.some((m) => m.body.includes('紧急联系人'))).toBe(true);
    expect(thread.every((m) => m.category === 'contact_collection')).toBe(true);
  });
});
