// SPDX-License-Identifier: MIT
// Running balances behind the bank texts, kept in cents so every notice's 余额 follows from
// the one before it. The CMB card (tail 8848) carries the story: loan in, transfers, repayment.
import { chinaParts } from './china-time';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** '48.50' — CMB prints plain amounts. */
export function plainYuan(cents: number): string {
  return `${Math.floor(cents / 100)}.${pad2(cents % 100)}`;
}

/** '3,215.62' — ICBC and CCB group thousands. */
export function groupedYuan(cents: number): string {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${pad2(cents % 100)}`;
}

/** 'MM月DD日HH:MM' as CMB stamps its notices. */
function cmbStamp(time: number): string {
  const p = chinaParts(time);
  return `${pad2(p.month)}月${pad2(p.day)}日${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** Digits that would read as the card tail in a balance; such amounts are nudged by a cent. */
const TAIL = '8848';

export class CmbLedger {
  private cents: number;
  private lastMoved = 0;

  constructor(openingCents: number) {
    this.cents = openingCents;
  }

  get balanceCents(): number {
    return this.cents;
  }

  /** The amount of the latest movement, after any nudge. */
  get lastMovedCents(): number {
    return this.lastMoved;
  }

  /**
   * Moves money and returns the amount actually used: a cent is added while the amount or
   * the new balance would contain the card tail, so no notice "knows" 8848 by accident.
   */
  private move(deltaCents: number, adjustable: boolean): number {
    let delta = deltaCents;
    while (plainYuan(Math.abs(delta)).includes(TAIL) || plainYuan(this.cents + delta).includes(TAIL)) {
      if (!adjustable) throw new RangeError('a fixed story amount collides with the card tail');
      delta += delta < 0 ? -1 : 1;
    }
    if (this.cents + delta < 0) throw new RangeError('the demo card would be overdrawn');
    this.cents += delta;
    this.lastMoved = Math.abs(delta);
    return this.lastMoved;
  }

  /** A card payment; returns null when the balance would drop below `floorCents`. */
  spend(time: number, cents: number, merchant: string, variant: number, floorCents: number): string | null {
    if (this.cents - cents < floorCents) return null;
    const used = this.move(-cents, true);
    const amount = plainYuan(used);
    const balance = plainYuan(this.cents);
    return variant === 0
      ? `【招商银行】您账户8848于${cmbStamp(time)}在【${merchant}】快捷支付${amount}元，余额${balance}`
      : `【招商银行】您账户8848于${cmbStamp(time)}快捷支付扣款人民币${amount}，【${merchant}】，余额${balance}`;
  }

  salary(time: number, cents: number): string {
    const used = this.move(cents, true);
    return `【招商银行】您账户8848于${cmbStamp(time)}入账工资，人民币${plainYuan(used)}，余额${plainYuan(this.cents)}。`;
  }

  transferOut(time: number, cents: number, adjustable: boolean): string {
    const used = this.move(-cents, adjustable);
    return `【招商银行】您账户8848于${cmbStamp(time)}转出人民币${plainYuan(used)}元，余额${plainYuan(this.cents)}。`;
  }

  transferIn(time: number, cents: number): string {
    const used = this.move(cents, true);
    return `【招商银行】您账户8848于${cmbStamp(time)}转入人民币${plainYuan(used)}元，余额${plainYuan(this.cents)}。`;
  }

  loanIn(time: number, cents: number, payer: string): string {
    const used = this.move(cents, false);
    return `【招商银行】您账户8848于${cmbStamp(time)}入账人民币${plainYuan(used)}元，付方：${payer}，余额${plainYuan(this.cents)}。`;
  }

  debitFailed(time: number, cents: number, creditor: string): string {
    if (this.cents >= cents) throw new RangeError('the story needs the due-date debit to fail');
    return `【招商银行】您账户8848于${cmbStamp(time)}代扣“${creditor}”还款人民币${plainYuan(cents)}元未成功，原因：余额不足。`;
  }

  repayment(time: number, cents: number, merchant: string): string {
    const used = this.move(-cents, false);
    return `【招商银行】您账户8848于${cmbStamp(time)}快捷支付扣款人民币${plainYuan(used)}，【${merchant}】，余额${plainYuan(this.cents)}。`;
  }
}

/** The ICBC savings card (tail 3021) that receives a monthly transfer and pays the rent. */
export class IcbcLedger {
  private cents: number;

  constructor(openingCents: number) {
    this.cents = openingCents;
  }

  private stamp(time: number): string {
    const p = chinaParts(time);
    return `${p.month}月${p.day}日${pad2(p.hour)}:${pad2(p.minute)}`;
  }

  income(time: number, cents: number, kind: string): string {
    this.cents += cents;
    return `您尾号3021卡${this.stamp(time)}收入(${kind})${groupedYuan(cents)}元，余额${groupedYuan(this.cents)}元。【工商银行】`;
  }

  expense(time: number, cents: number, kind: string): string {
    if (this.cents < cents) throw new RangeError('the ICBC card would be overdrawn');
    this.cents -= cents;
    return `您尾号3021卡${this.stamp(time)}网上银行支出(${kind})${groupedYuan(cents)}元，余额${groupedYuan(this.cents)}元。【工商银行】`;
  }
}
