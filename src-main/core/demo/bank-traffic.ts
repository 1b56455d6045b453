// SPDX-License-Identifier: MIT
// Bank notices in time order: card payments, salary, rent, the credit card, and the story's
// movements on the CMB card (loan in, transfers home, the failed debit, the repayment).
import { chinaDate, chinaParts, chinaTime, daysBetween } from './china-time';
import { timeAtMinute, timeOnDay } from './daily-rhythm';
import { MERCHANTS } from './demo-messages';
import type { PlotBankEvent } from './demo-plot';
import { type DemoMessage, type DemoMessageCategory, incomingMessage } from './demo-records';
import { CmbLedger, groupedYuan, IcbcLedger } from './bank-ledger';
import type { SeededRandom } from './seeded-random';

type Posting = { time: number; bank: '95555' | '95588' | '95533'; castKey: string; write: () => string | null };

const yuanToCents = (yuan: number): number => Math.round(yuan * 100);

/** Salary day is the 15th, paid the Friday before when the 15th falls on a weekend. */
function salaryDay(year: number, month: number): string {
  const mm = String(month).padStart(2, '0');
  const weekday = chinaParts(chinaTime(`${year}-${mm}-15`, 12, 0)).weekday;
  const day = weekday === 6 ? 14 : weekday === 0 ? 13 : 15;
  return `${year}-${mm}-${day}`;
}

const SPRING_FESTIVAL_EVE = ['2024-02-09', '2025-01-28'];
/**
 * What the user keeps untouched: a small cushion, and once the salary is in (the 15th) the
 * next rent as well, so card payments never leave the 1st-of-month transfer short.
 */
function reserveCents(dayOfMonth: number): number {
  return dayOfMonth >= 13 ? 300_000 : 20_000;
}

/**
 * The balance the user's habits hover around (yuan): modest savings, a 618 shopping spree
 * that empties the card just before the loan, saving up in autumn, then the hospital bills.
 */
const BALANCE_TARGET: readonly (readonly [string, number])[] = [
  ['2024-01-01', 4000],
  ['2024-05-31', 5200],
  ['2024-06-11', 700],
  ['2024-06-13', 3500],
  ['2024-11-17', 10000],
  ['2024-11-19', 9000],
  ['2024-12-08', 9000],
  ['2024-12-10', 300],
  ['2024-12-14', 300],
  ['2024-12-16', 6500],
  ['2025-01-04', 6000],
  ['2025-01-06', 2400],
  ['2025-03-17', 6000],
  ['2025-03-19', 2500],
  ['2025-12-31', 9000],
];

function targetCents(time: number): number {
  const day = chinaDate(time);
  let previous = BALANCE_TARGET[0] as readonly [string, number];
  for (const point of BALANCE_TARGET) {
    if (point[0] > day) {
      const span = daysBetween(previous[0], point[0]);
      const into = daysBetween(previous[0], day);
      return Math.round((previous[1] + ((point[1] - previous[1]) * into) / span) * 100);
    }
    previous = point;
  }
  return previous[1] * 100;
}

export function bankTraffic(rng: SeededRandom, days: string[], plotEvents: PlotBankEvent[]): DemoMessage[] {
  const cmb = new CmbLedger(386_245);
  const habits = rng.fork('habits');
  /** More spending above the target, less below it: the balance follows the user's story. */
  const spendsNow = (balance: number, time: number): boolean => {
    const lean = (balance - targetCents(time)) / 100_000;
    return habits.chance(Math.min(0.95, Math.max(0.1, 0.45 + lean)));
  };
  const icbc = new IcbcLedger(52_318);
  const postings: Posting[] = [];
  const post = (time: number, bank: Posting['bank'], write: Posting['write']): void => {
    const castKey = bank === '95555' ? 'cmb' : bank === '95588' ? 'icbc' : 'ccb';
    postings.push({ time, bank, castKey, write });
  };
  let ccbOwed = 0;
  let ccbAvailable = 3_000_000;

  for (const day of days) {
    const [year, month, dom] = day.split('-').map(Number) as [number, number, number];
    for (let i = 0; i < 6; i++) {
      if (!rng.chance(0.3)) continue;
      const merchant = rng.weighted(MERCHANTS.map((m) => [m, m.weight] as const));
      const cents = rng.int(yuanToCents(merchant.min), yuanToCents(merchant.max));
      const variant = rng.int(0, 1);
      const time = timeOnDay(rng, day, [[merchant.hours[0], merchant.hours[1], 1]]);
      post(time, '95555', () => (spendsNow(cmb.balanceCents, time) ? cmb.spend(time, cents, merchant.name, variant, reserveCents(dom)) : null));
    }
    if (day === salaryDay(year, month)) {
      const time = timeOnDay(rng, day, [[10, 11, 1]]);
      const cents = rng.int(672_000, 698_000);
      post(time, '95555', () => cmb.salary(time, cents));
    }
    if (dom === 1) {
      // Rent: the CMB card tops up the ICBC card, which pays the landlady.
      const out = timeOnDay(rng, day, [[9, 10, 1]]);
      let sent = 0;
      post(out, '95555', () => {
        const body = cmb.transferOut(out, 280_000, true);
        sent = cmb.lastMovedCents;
        return body;
      });
      const arrive = out + rng.int(20, 90) * 1000;
      post(arrive, '95588', () => icbc.income(arrive, sent, '他行汇入'));
      const rent = arrive + rng.int(10, 40) * 60_000;
      post(rent, '95588', () => icbc.expense(rent, 260_000, '转账'));
    }
    if (dom === 21 && [3, 6, 9, 12].includes(month)) {
      const time = timeOnDay(rng, day, [[9, 11, 1]]);
      const cents = rng.int(300, 900);
      post(time, '95588', () => icbc.income(time, cents, '结息'));
    }
    if (SPRING_FESTIVAL_EVE.includes(day)) {
      // New-year money for the parents: 2,000 when the card allows it.
      const time = timeOnDay(rng, day, [[19, 21, 1]]);
      post(time, '95555', () => {
        const cents = Math.min(200_000, Math.floor((cmb.balanceCents - 50_000) / 10_000) * 10_000);
        return cents > 0 ? cmb.transferOut(time, cents, true) : null;
      });
    }
    if (rng.chance(0.025)) {
      const time = timeOnDay(rng, day, [[12, 23, 1]]);
      const cents = rng.int(50, 400) * 100;
      post(time, '95555', () => cmb.transferIn(time, cents));
    }
    if (rng.chance(0.1)) {
      const time = timeOnDay(rng, day, [[10, 22, 1]]);
      const cents = rng.int(3_000, 68_000);
      const merchant = rng.pick(['京东商城', '苏宁易购', '海底捞', '携程旅行', '优衣库', '万达影城']);
      post(time, '95533', () => {
        ccbOwed += cents;
        ccbAvailable -= cents;
        const p = chinaParts(time);
        return `【建设银行】您尾号5527的龙卡信用卡${p.month}月${p.day}日${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}消费${groupedYuan(cents)}元（${merchant}），可用额度${groupedYuan(ccbAvailable)}元。`;
      });
    }
    if (dom === 8) {
      const time = timeOnDay(rng, day, [[9, 12, 1]]);
      post(time, '95533', () => {
        if (ccbOwed === 0) return null;
        return `【建设银行】您尾号5527的信用卡${month}月账单已出，本期应还${groupedYuan(ccbOwed)}元，最低还款${groupedYuan(Math.ceil(ccbOwed / 10))}元，到期还款日${month}月25日。`;
      });
    }
    if (dom === 24) {
      const time = timeOnDay(rng, day, [[8, 10, 1]]);
      post(time, '95533', () => {
        if (ccbOwed === 0) return null;
        const paid = ccbOwed;
        ccbOwed = 0;
        ccbAvailable = 3_000_000;
        return `【建设银行】您尾号5527的信用卡已于${month}月${dom}日自动还款${groupedYuan(paid)}元，感谢您的使用。`;
      });
    }
  }

  for (const event of plotEvents) {
    const time = timeAtMinute(rng, event.at);
    post(time, '95555', () => {
      switch (event.kind) {
        case 'loan_in':
          return cmb.loanIn(time, yuanToCents(event.amount), '青禾消费金融有限公司');
        case 'debit_failed':
          return cmb.debitFailed(time, yuanToCents(event.amount), '青禾消费金融');
        case 'repayment':
          return cmb.repayment(time, yuanToCents(event.amount), '速借宝');
        case 'transfer_out': {
          const balance = cmb.balanceCents;
          if ('amount' in event) return cmb.transferOut(time, yuanToCents(event.amount), true);
          const cents =
            'leaveAbout' in event
              ? Math.floor((balance - yuanToCents(event.leaveAbout)) / 10_000) * 10_000
              : Math.floor((balance * event.fractionOfBalance) / 100_000) * 100_000;
          if (cents <= 0) throw new RangeError(`story transfer at ${event.at} finds an empty card`);
          return cmb.transferOut(time, cents, true);
        }
      }
    });
  }

  postings.sort((a, b) => a.time - b.time);
  const out: DemoMessage[] = [];
  for (const posting of postings) {
    const body = posting.write();
    if (body === null) continue;
    const category: DemoMessageCategory = 'bank_notice';
    out.push(incomingMessage({ number: posting.bank, contactName: null, time: posting.time, body, category, castKey: posting.castKey }, rng));
  }
  return out;
}
