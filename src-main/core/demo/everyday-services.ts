// SPDX-License-Identifier: MIT
// The bulk of the demo: two years of texts from services (codes, carrier, deliveries,
// marketing, loan ads, public notices, background scams), day by day.
import { addDays, chinaParts, chinaTime, monthDay } from './china-time';
import { timeOnDay, type HourWindow, RHYTHM } from './daily-rhythm';
import {
  BACKGROUND_SCAMS,
  BANK_MARKETING,
  CARRIER_PROMOS,
  CODE_PLATFORMS,
  courierName,
  GOVERNMENT_ROUTINE,
  LOAN_ADS,
  MARKETING,
  PICKUP_POINTS,
  randomMobile,
  safeDigits,
  type Template,
} from './demo-messages';
import { FORMS } from './demo-cast';
import { type DemoMessage, type DemoMessageCategory, incomingMessage } from './demo-records';
import type { SeededRandom } from './seeded-random';

const MARKETING_GATEWAYS = ['10690158800', '106550200388', '1069021377', '10655910018', '106900519952', '1069037766', '10655073312'];
const LOAN_AD_GATEWAYS = ['10655023081', '1069077152', '106550891123', '10690553170'];
const SHOP_NOTICE_GATEWAYS: Record<string, string> = {
  cainiao: '1069070555',
  sf: '106900095338',
  jd: '106905591888',
  fengchao: '1069088016',
};

/** Brands keep one gateway: the number follows the 【signature】 so senders stay consistent. */
function gatewayFor(body: string, pool: readonly string[]): string {
  const signature = /^【([^】]+)】/.exec(body)?.[1] ?? body.slice(0, 4);
  let hash = 0;
  for (let i = 0; i < signature.length; i++) hash = (hash * 31 + signature.charCodeAt(i)) >>> 0;
  return pool[hash % pool.length] as string;
}

function countFor(rng: SeededRandom, mean: number): number {
  // Up to three events a day with the given mean: enough variety without a Poisson sampler.
  let n = 0;
  for (let i = 0; i < 3; i++) if (rng.chance(mean / 3)) n++;
  return n;
}

function inRange(day: string, from: string, to: string): boolean {
  return day >= from && day <= to;
}

export class EverydayServices {
  private readonly out: DemoMessage[] = [];

  constructor(private readonly rng: SeededRandom) {}

  private add(number: string, time: number, body: string, category: DemoMessageCategory, castKey: string | null = null): void {
    this.out.push(incomingMessage({ number, contactName: null, time, body, category, castKey }, this.rng));
  }

  private addOnDay(number: string, day: string, windows: readonly HourWindow[], template: Template, category: DemoMessageCategory): void {
    const body = template(this.rng);
    this.add(number, timeOnDay(this.rng, day, windows), body, category);
  }

  /** One verification code from a weighted platform; `platformKey` forces the platform. */
  code(time: number, platformKey?: string): void {
    const platform = platformKey
      ? CODE_PLATFORMS.find((p) => p.key === platformKey)
      : this.rng.weighted(CODE_PLATFORMS.filter((p) => p.key !== 'rail').map((p) => [p, p.weight] as const));
    if (!platform) throw new RangeError(`no code platform ${platformKey}`);
    this.add(this.rng.pick(platform.numbers), time, this.rng.pick(platform.templates)(this.rng), 'verification');
  }

  private deliveries(orderDay: string): void {
    const day = addDays(orderDay, this.rng.int(1, 4));
    const kind = this.rng.weighted([['cainiao', 5], ['sf', 2], ['jd', 2], ['fengchao', 1]] as const);
    const number = SHOP_NOTICE_GATEWAYS[kind] as string;
    const time = timeOnDay(this.rng, day, RHYTHM.deliveries);
    const pickup = `${this.rng.int(1, 9)}-${this.rng.int(1, 6)}-${safeDigits(this.rng, 4)}`;
    const courierPhone = randomMobile(this.rng);
    const bodies: Record<typeof kind, string> = {
      cainiao: `【菜鸟驿站】您的${this.rng.pick(['中通', '圆通', '韵达', '申通', '极兔'])}包裹已到${this.rng.pick(PICKUP_POINTS)}，取件码${pickup}，营业时间8:00-21:00，请及时领取。`,
      sf: `【顺丰速运】您的快件SF${safeDigits(this.rng, 13)}正在派送，派送员${courierName(this.rng)}（${courierPhone}），请保持电话畅通。`,
      jd: `【京东物流】您的订单${safeDigits(this.rng, 12)}已由配送员${courierName(this.rng)}开始配送，预计今日送达，联系电话${courierPhone}。`,
      fengchao: `【丰巢】凭取件码${safeDigits(this.rng, 8)}至宁海路小区北门丰巢柜取件，超过18小时将收取超时费。`,
    };
    this.add(number, time, bodies[kind], 'delivery');
  }

  private carrierBill(day: string): void {
    const p = chinaParts(chinaTime(day, 12, 0));
    const lastMonth = p.month === 1 ? 12 : p.month - 1;
    const other = this.rng.int(0, 1500);
    const total = 5800 + other;
    const yuan = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const body = `【中国移动】尊敬的${FORMS.phoneMasked}客户，您好！您${lastMonth}月账单：套餐及固定费58.00元，其他费用${yuan(other)}元，合计${yuan(total)}元，当前话费余额${yuan(this.rng.int(2000, 15000))}元。`;
    this.add('10086', timeOnDay(this.rng, day, [[9, 11, 1]]), body, 'carrier');
  }

  private governmentNotice(day: string): void {
    const month = Number(day.slice(5, 7));
    const fits = GOVERNMENT_ROUTINE.filter(({ template }) => {
      const text = template(this.rng);
      if (text.includes('暴雨')) return month >= 6 && month <= 8;
      if (text.includes('高温')) return month === 7 || month === 8;
      if (text.includes('寒潮')) return month >= 11 || month <= 2;
      if (text.includes('汇算')) return month === 3;
      return true;
    });
    const notice = this.rng.pick(fits);
    this.addOnDay(notice.number, day, [[8, 12, 1], [14, 18, 1]], notice.template, 'government');
  }

  /** Everything that happens on one day of the everyday background. */
  day(day: string, loanDay: string): void {
    const r = this.rng;
    for (let i = countFor(r, 0.8); i > 0; i--) this.code(timeOnDay(r, day, RHYTHM.codes));
    if (r.chance(0.28)) this.deliveries(day);
    if (day.endsWith('-02')) this.carrierBill(day);
    if (r.chance(0.05)) this.addOnDay('10086', day, [[9, 20, 1]], r.pick(CARRIER_PROMOS), 'carrier');
    if (r.chance(0.08)) {
      const body = r.pick(BANK_MARKETING)(r);
      const number = body.startsWith('【招商') ? '95555' : body.startsWith('【建设') ? '95533' : '95588';
      this.add(number, timeOnDay(r, day, RHYTHM.marketing), body, 'bank_marketing');
    }
    const shopping = inRange(day.slice(5), '06-01', '06-18') || inRange(day.slice(5), '10-20', '11-11') || inRange(day.slice(5), '12-08', '12-12');
    if (r.chance(shopping ? 0.75 : 0.35)) {
      const body = r.pick(MARKETING)(r);
      this.add(gatewayFor(body, MARKETING_GATEWAYS), timeOnDay(r, day, RHYTHM.marketing), body, 'marketing');
    }
    // The loan application puts the user on lists: loan ads surge after it, then stay high.
    const loanAdRate = day < loanDay ? 0.03 : day <= addDays(loanDay, 50) ? 0.5 : 0.2;
    if (r.chance(loanAdRate)) {
      const body = r.pick(LOAN_ADS)(r);
      this.add(gatewayFor(body, LOAN_AD_GATEWAYS), timeOnDay(r, day, RHYTHM.marketing), body, 'loan_ad');
    }
    if (r.chance(0.025)) this.governmentNotice(day);
    if (r.chance(0.022)) {
      const number = r.chance(0.5) ? `10655${safeDigits(r, 9)}` : randomMobile(r);
      this.addOnDay(number, day, RHYTHM.scams, r.pick(BACKGROUND_SCAMS), 'scam');
    }
  }

  /** A 12306 ticket: a login code a few minutes before, then the ticket naming the passenger. */
  ticket(bought: number, passenger: string, travel: string, train: string, from: string, departs: string): void {
    this.code(bought - this.rng.int(90, 300) * 1000, 'rail');
    const car = String(this.rng.int(1, 16)).padStart(2, '0');
    const seat = `${String(this.rng.int(1, 17)).padStart(2, '0')}${this.rng.pick(['A', 'B', 'C', 'D', 'F'])}`;
    const order = `E${safeDigits(this.rng, 9)}`;
    const body = `【铁路客服】订单${order}，${passenger}您已购${monthDay(travel)}${train}次${car}车${seat}号，${from}站${departs}开，检票口${this.rng.pick(['A', 'B'])}${this.rng.int(1, 24)}。`;
    this.add('12306', bought, body, 'rail', 'rail');
  }

  messages(): DemoMessage[] {
    return this.out;
  }
}
