// SPDX-License-Identifier: MIT
// The call log: family on Sunday evenings (and daily while the father is in hospital),
// friends, the colleague, couriers, spam, and the story's calls (lender hotline, 12345,
// 闪电花 collectors, scam ring), with the collection crew's calls from collector-pressure.ts.
import { chinaParts, chinaTime } from './china-time';
import { type HourWindow, timeAtMinute, timeOnDay } from './daily-rhythm';
import { CAST, type CastKey } from './demo-cast';
import { randomMobile, safeDigits } from './demo-messages';
import type { CallType } from '../import/records';
import type { DemoCall, DemoCallCategory } from './demo-records';
import type { SeededRandom } from './seeded-random';

const LENDER_HOTLINE = '4006901357';

interface StoryCall {
  at: string;
  party: CastKey | typeof LENDER_HOTLINE;
  callType: CallType;
  durationS: number;
  category: DemoCallCategory;
}

const STORY_CALLS: StoryCall[] = [
  { at: '2024-11-05 14:10', party: 'shandianA', callType: 'missed', durationS: 0, category: 'contact_collection' },
  { at: '2024-11-05 16:32', party: 'shandianA', callType: 'incoming', durationS: 47, category: 'contact_collection' },
  { at: '2024-11-08 10:30', party: 'shandianA', callType: 'rejected', durationS: 0, category: 'contact_collection' },
  { at: '2024-11-12 11:15', party: 'shandianB', callType: 'missed', durationS: 0, category: 'contact_collection' },
  { at: '2024-11-20 18:50', party: 'shandianB', callType: 'rejected', durationS: 0, category: 'contact_collection' },
  { at: '2024-11-26 09:40', party: 'shandianB', callType: 'rejected', durationS: 0, category: 'contact_collection' },
  { at: '2024-12-03 09:35', party: 'shandianB', callType: 'missed', durationS: 0, category: 'contact_collection' },
  { at: '2024-12-13 10:05', party: LENDER_HOTLINE, callType: 'outgoing', durationS: 286, category: 'service' },
  { at: '2024-12-20 14:22', party: LENDER_HOTLINE, callType: 'missed', durationS: 0, category: 'service' },
  { at: '2025-01-09 11:03', party: LENDER_HOTLINE, callType: 'incoming', durationS: 138, category: 'service' },
  { at: '2025-02-06 10:20', party: 'fakeRegulator', callType: 'missed', durationS: 0, category: 'scam' },
  { at: '2025-02-06 10:41', party: 'fakeRegulator', callType: 'incoming', durationS: 95, category: 'scam' },
  { at: '2025-02-13 19:40', party: 'mother', callType: 'outgoing', durationS: 1260, category: 'family' },
  { at: '2025-02-19 14:12', party: 'hotline12345', callType: 'outgoing', durationS: 512, category: 'service' },
  { at: '2025-03-18 15:40', party: LENDER_HOTLINE, callType: 'outgoing', durationS: 415, category: 'service' },
  { at: '2025-04-10 16:05', party: 'fakeRepair', callType: 'rejected', durationS: 0, category: 'scam' },
  { at: '2025-08-27 19:58', party: 'fakeRepair', callType: 'missed', durationS: 0, category: 'scam' },
];

const HOSPITAL_STAY = ['2024-11-16', '2024-12-10'] as const;

interface Caller {
  party: CastKey;
  rate: number;
  windows: readonly HourWindow[];
  weekdaysOnly?: boolean;
  category: DemoCallCategory;
  duration: readonly [number, number];
}

const CALLERS: Caller[] = [
  { party: 'mother', rate: 0.05, windows: [[12, 13, 1], [19, 22, 3]], category: 'family', duration: [60, 900] },
  { party: 'father', rate: 0.025, windows: [[9, 12, 1], [19, 21, 2]], category: 'family', duration: [40, 400] },
  { party: 'sister', rate: 0.035, windows: [[12, 14, 1], [19, 23, 2]], category: 'family', duration: [60, 1200] },
  { party: 'colleague', rate: 0.07, windows: [[9, 12, 1], [13, 18, 1]], weekdaysOnly: true, category: 'work', duration: [20, 300] },
  { party: 'friendChen', rate: 0.035, windows: [[12, 13, 1], [18, 22, 2]], category: 'friend', duration: [30, 600] },
  { party: 'friendZhang', rate: 0.015, windows: [[12, 13, 1], [18, 22, 2]], category: 'friend', duration: [30, 600] },
  { party: 'landlord', rate: 0.008, windows: [[10, 20, 1]], category: 'friend', duration: [20, 180] },
];

export class CallLog {
  private readonly out: DemoCall[] = [];

  constructor(private readonly rng: SeededRandom) {}

  private call(address: string, contactName: string | null, time: number, callType: CallType, durationS: number, category: DemoCallCategory, castKey: string | null): void {
    this.out.push({ type: 'call', address, contactName, time, durationS, callType, category, castKey });
  }

  private personCall(caller: Caller, day: string): void {
    const r = this.rng;
    const member = CAST[caller.party];
    const callType = r.weighted([['incoming', 5], ['outgoing', 5], ['missed', 1]] as const);
    const duration = callType === 'missed' ? 0 : r.int(caller.duration[0], caller.duration[1]);
    this.call(member.number, member.contactName, timeOnDay(r, day, caller.windows), callType, duration, caller.category, caller.party);
  }

  day(day: string): void {
    const r = this.rng;
    const weekday = chinaParts(chinaTime(day, 12, 0)).weekday;
    for (const caller of CALLERS) {
      if (caller.weekdaysOnly && (weekday === 0 || weekday === 6)) continue;
      if (r.chance(caller.rate)) this.personCall(caller, day);
    }
    const mother = CALLERS[0] as Caller;
    // The Sunday-evening call home, and a call a day while the father is in hospital.
    if (weekday === 0 && r.chance(0.6)) this.personCall({ ...mother, windows: [[19, 21, 1]] }, day);
    if (day >= HOSPITAL_STAY[0] && day <= HOSPITAL_STAY[1] && r.chance(0.7)) this.personCall({ ...mother, windows: [[12, 13, 1], [20, 22, 2]] }, day);
    if (r.chance(0.12)) {
      const callType = r.weighted([['incoming', 6], ['missed', 2]] as const);
      this.call(randomMobile(r), null, timeOnDay(r, day, [[9, 12, 1], [13, 20, 1]]), callType, callType === 'missed' ? 0 : r.int(12, 70), 'courier', null);
    }
    if (r.chance(0.05)) {
      const number = r.pick([`0${r.pick(['25', '21', '755', '571'])}${safeDigits(r, 8)}`, randomMobile(r), `95${safeDigits(r, 3)}`]);
      const callType = r.weighted([['rejected', 3], ['missed', 2], ['incoming', 1]] as const);
      this.call(number, null, timeOnDay(r, day, [[9, 12, 1], [14, 20, 1]]), callType, callType === 'incoming' ? r.int(4, 25) : 0, 'spam', null);
    }
  }

  storyCalls(): void {
    for (const story of STORY_CALLS) {
      const time = timeAtMinute(this.rng, story.at);
      if (story.party === LENDER_HOTLINE) {
        this.call(LENDER_HOTLINE, null, time, story.callType, story.durationS, story.category, null);
      } else {
        const member = CAST[story.party];
        this.call(member.number, member.contactName, time, story.callType, story.durationS, story.category, story.party);
      }
    }
  }

  calls(): DemoCall[] {
    return this.out;
  }
}
