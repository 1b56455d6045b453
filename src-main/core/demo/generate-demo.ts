// SPDX-License-Identifier: MIT
// Builds the whole demo data set from one seed: the same records, in the same order, on every
// run, so the checked-in files can be compared with a fresh generation byte for byte.
import { chinaDays, chinaDate } from './china-time';
import { timeAtMinute } from './daily-rhythm';
import { bankTraffic } from './bank-traffic';
import { collectorCalls, collectorPressureTexts } from './collector-pressure';
import { CAST, PROFILE, type DemoProfile } from './demo-cast';
import { CallLog } from './demo-calls';
import { safeDigits } from './demo-messages';
import { PLATFORM_CODES, PLOT_BANK_EVENTS, PLOT_MESSAGES, TRAIN_TICKETS } from './demo-plot';
import { type DemoCall, type DemoMessage, incomingMessage, outgoingMessage } from './demo-records';
import { EverydayServices } from './everyday-services';
import { PersonalTraffic } from './everyday-personal';
import { SeededRandom } from './seeded-random';

export const DEMO_SEED = 'leakline-demo-v1';
export const DEMO_FIRST_DAY = '2024-01-01';
export const DEMO_LAST_DAY = '2025-12-31';
/** The day the user takes the 速借宝 loan; loan ads follow it. */
const LOAN_DAY = '2024-06-12';

export interface DemoDataSet {
  messages: DemoMessage[];
  calls: DemoCall[];
  profile: DemoProfile;
}

function plotMessages(rng: SeededRandom): DemoMessage[] {
  return PLOT_MESSAGES.map((plot) => {
    const member = CAST[plot.party];
    const spec = { number: member.number, contactName: member.contactName, time: timeAtMinute(rng, plot.at), body: plot.body, category: plot.category, castKey: plot.party };
    return plot.direction === 'in' ? incomingMessage(spec, rng) : outgoingMessage(spec);
  });
}

function platformCodes(rng: SeededRandom): DemoMessage[] {
  return PLATFORM_CODES.map(({ at, purpose }) => {
    const body = `【速借宝】验证码${safeDigits(rng, 6)}，${purpose}，请勿泄露给他人。`;
    return incomingMessage({ number: CAST.platform.number, contactName: null, time: timeAtMinute(rng, at), body, category: 'verification', castKey: 'platform' }, rng);
  });
}

export function generateDemo(): DemoDataSet {
  const root = new SeededRandom(DEMO_SEED);
  const days = chinaDays(DEMO_FIRST_DAY, DEMO_LAST_DAY);

  const services = new EverydayServices(root.fork('services'));
  for (const day of days) services.day(day, LOAN_DAY);
  for (const ticket of TRAIN_TICKETS) {
    services.ticket(timeAtMinute(root.fork(`ticket ${ticket.bought}`), ticket.bought), PROFILE.name, ticket.travel, ticket.train, ticket.from, ticket.departs);
  }

  const personal = new PersonalTraffic(root.fork('personal'));
  for (const day of days) personal.day(day);

  const plot = plotMessages(root.fork('plot'));
  const scriptedCollectionDays = new Set(plot.filter((m) => m.category === 'collection' && m.direction === 'in').map((m) => chinaDate(m.time)));

  const messages = [
    ...services.messages(),
    ...bankTraffic(root.fork('banks'), days, PLOT_BANK_EVENTS),
    ...personal.messages(),
    ...plot,
    ...platformCodes(root.fork('platform')),
    ...collectorPressureTexts(root.fork('pressure'), { days, scriptedDays: scriptedCollectionDays }),
  ].sort((a, b) => a.time - b.time);

  const callLog = new CallLog(root.fork('calls'));
  for (const day of days) callLog.day(day);
  callLog.storyCalls();
  const calls = [...callLog.calls(), ...collectorCalls(root.fork('collector calls'), days)].sort((a, b) => a.time - b.time);

  return { messages, calls, profile: PROFILE };
}
