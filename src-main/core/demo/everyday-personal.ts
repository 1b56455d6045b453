// SPDX-License-Identifier: MIT
// Two years of texts with people: family, friends, the colleague and the landlady, with the
// rhythm of a working life (colleague on weekdays, family in the evening, greetings on holidays).
import { chinaParts, chinaTime } from './china-time';
import { type HourWindow, minutesLater, RHYTHM, timeOnDay } from './daily-rhythm';
import { CAST, type CastKey } from './demo-cast';
import { type DemoMessage, incomingMessage, outgoingMessage } from './demo-records';
import { BIRTHDAY, FESTIVAL_GREETINGS, RENT_THREAD, type Thread, THREADS } from './personal-threads';
import type { SeededRandom } from './seeded-random';

type ThreadParty = keyof typeof THREADS;

const DAILY_RATE: Record<ThreadParty, number> = {
  mother: 0.12,
  father: 0.02,
  sister: 0.06,
  colleague: 0.09,
  friendChen: 0.04,
  friendZhang: 0.03,
  friendLiu: 0.02,
};

const WINDOWS: Record<ThreadParty, readonly HourWindow[]> = {
  mother: RHYTHM.family,
  father: RHYTHM.family,
  sister: RHYTHM.personal,
  colleague: RHYTHM.office,
  friendChen: RHYTHM.personal,
  friendZhang: RHYTHM.personal,
  friendLiu: RHYTHM.personal,
};

/** New Year's Day, Spring Festival, Mid-Autumn and National Day in 2024 and 2025. */
const FESTIVALS = ['2024-01-01', '2024-02-10', '2024-09-17', '2024-10-01', '2025-01-01', '2025-01-29', '2025-10-01', '2025-10-06'];
const GREETING_REPLIES = ['同乐同乐', '节日快乐！', '谢谢，你也是😊', '哈哈，节日快乐'];

export class PersonalTraffic {
  private readonly out: DemoMessage[] = [];

  constructor(private readonly rng: SeededRandom) {}

  private line(party: CastKey, direction: 'in' | 'out', time: number, body: string): void {
    const member = CAST[party];
    const spec = { number: member.number, contactName: member.contactName, time, body, category: 'personal' as const, castKey: party };
    this.out.push(direction === 'in' ? incomingMessage(spec, this.rng) : outgoingMessage(spec));
  }

  private thread(party: CastKey, start: number, thread: Thread): void {
    let time = start;
    thread.forEach(([direction, text], index) => {
      if (index > 0) time = minutesLater(this.rng, time, 1, 12);
      this.line(party, direction, time, typeof text === 'string' ? text : text(this.rng));
    });
  }

  day(day: string): void {
    const r = this.rng;
    const weekday = chinaParts(chinaTime(day, 12, 0)).weekday;
    for (const party of Object.keys(DAILY_RATE) as ThreadParty[]) {
      if (party === 'colleague' && (weekday === 0 || weekday === 6)) continue;
      if (!r.chance(DAILY_RATE[party])) continue;
      this.thread(party, timeOnDay(r, day, WINDOWS[party]), r.pick(THREADS[party]));
    }
    if (day.endsWith('-01')) this.thread('landlord', timeOnDay(r, day, [[8, 9, 1]]), RENT_THREAD);
    if (FESTIVALS.includes(day)) {
      for (const greeting of FESTIVAL_GREETINGS) {
        if (!r.chance(0.6)) continue;
        const time = timeOnDay(r, day, [[8, 12, 1], [18, 22, 1]]);
        const [direction, text] = greeting.line;
        this.line(greeting.party, direction, time, typeof text === 'string' ? text : text(r));
        if (r.chance(0.8)) this.line(greeting.party, 'out', minutesLater(r, time, 1, 30), r.pick(GREETING_REPLIES));
      }
    }
    if (day.endsWith('-05-17')) {
      for (const wish of BIRTHDAY) {
        if (wish.party === 'friendLiu' && day.startsWith('2024')) continue;
        this.thread(wish.party, timeOnDay(r, day, wish.party === 'mother' ? [[7, 9, 1]] : [[9, 13, 1]]), wish.lines);
      }
    }
  }

  messages(): DemoMessage[] {
    return this.out;
  }
}
