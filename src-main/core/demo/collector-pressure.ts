// SPDX-License-Identifier: MIT
// The collection crew's routine pressure between the scripted escalation steps: near-duplicate
// texts from rotating numbers (one template, small variations, the same callback and domain)
// and the harassing calls that cluster around the escalation.
import { daysBetween } from './china-time';
import { timeOnDay } from './daily-rhythm';
import { CAST, LINKS, PROFILE, type CastKey } from './demo-cast';
import { shortToken } from './demo-messages';
import { type DemoCall, type DemoMessage, incomingMessage } from './demo-records';
import type { SeededRandom } from './seeded-random';

const DUE_DATE = '2024-12-12';
const DEBT = '¥3,280.50';
/** Collectors obey the 08:00–21:00 rule on paper; their texts and calls stay inside it. */
const WORK_HOURS = [[8, 12, 3], [12, 14, 1], [14, 21, 3]] as const;

/** Which numbers are active on a day: A opens, B joins on 24 Jan, C on 13 Feb; D is rare. */
function activeCollectors(day: string): CastKey[] {
  const active: CastKey[] = ['collectorA'];
  if (day >= '2025-01-24') active.push('collectorB');
  if (day >= '2025-02-13') active.push('collectorC');
  return active;
}

function pressureText(rng: SeededRandom, day: string): string {
  const name = PROFILE.name;
  const days = daysBetween(DUE_DATE, day);
  const opener = rng.pick([`${name}先生，`, `${name}，`, `您好${name}，`, `${name}先生您好，`]);
  const core = rng.pick([
    `您在速借宝的借款已逾期${days}天，欠款${DEBT}`,
    `您在速借宝借款已逾期${days}天，欠款${DEBT}`,
    `你在速借宝的欠款${DEBT}已逾期${days}天`,
  ]);
  const urge = rng.pick(['请于今日18:00前处理', '请今天内主动联系处理', '请在24小时内结清', '请立即处理']);
  const threat = rng.pick(['否则将启动法律程序', '逾期不处理将上报征信', '否则后果自负', '我司将按流程升级处理']);
  const link = `${LINKS.collectionDomain}/r/${shortToken(rng, 5)}`;
  const close = rng.pick([`回电${LINKS.collectionCallback}。`, `回电${LINKS.collectionCallback}，还款通道 ${link}`, `还款请点 ${link} 或回电${LINKS.collectionCallback}。`]);
  return `${opener}${core}，${urge}，${threat}。${close}`;
}

export interface PressureWindow {
  days: string[];
  /** Days that already carry a scripted escalation text. */
  scriptedDays: Set<string>;
}

export function collectorPressureTexts(rng: SeededRandom, window: PressureWindow): DemoMessage[] {
  const out: DemoMessage[] = [];
  for (const day of window.days) {
    if (day <= '2025-01-16' || day >= '2025-03-18' || window.scriptedDays.has(day)) continue;
    const rate = day < '2025-02-05' ? 0.3 : 0.5;
    if (!rng.chance(rate)) continue;
    const party: CastKey = rng.chance(0.1) ? 'collectorD' : rng.pick(activeCollectors(day));
    const member = CAST[party];
    const spec = { number: member.number, contactName: member.contactName, time: timeOnDay(rng, day, WORK_HOURS), body: pressureText(rng, day), category: 'collection' as const, castKey: party };
    out.push(incomingMessage(spec, rng));
  }
  return out;
}

/** Calls per day by phase: they start with the first text and peak after the employer threat. */
function callsPerDay(day: string): number {
  if (day < '2025-01-16' || day > '2025-03-21') return 0;
  if (day < '2025-01-24') return 1.2;
  if (day < '2025-02-05') return 2;
  if (day <= '2025-03-08') return 3.5;
  return day < '2025-03-18' ? 1.5 : 0.5;
}

export function collectorCalls(rng: SeededRandom, days: string[]): DemoCall[] {
  const out: DemoCall[] = [];
  for (const day of days) {
    const mean = callsPerDay(day);
    if (mean === 0) continue;
    let count = 0;
    for (let i = 0; i < 6; i++) if (rng.chance(mean / 6)) count++;
    for (let i = 0; i < count; i++) {
      const party: CastKey = rng.chance(0.3) ? 'collectionLandline' : rng.chance(0.08) ? 'collectorD' : rng.pick(activeCollectors(day));
      const member = CAST[party];
      const callType = rng.weighted([['missed', 4], ['rejected', 4], ['incoming', 2]] as const);
      out.push({
        type: 'call',
        address: member.number,
        contactName: member.contactName,
        time: timeOnDay(rng, day, WORK_HOURS),
        durationS: callType === 'incoming' ? rng.int(12, 210) : 0,
        callType,
        category: 'collection',
        castKey: party,
      });
    }
  }
  return out;
}
