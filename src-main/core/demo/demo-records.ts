// SPDX-License-Identifier: MIT
// The demo generator's records: the importer's own MessageRecord/CallRecord shapes plus the
// category and cast role the generator knows, so tests can check rhythms and story claims.
import { z } from 'zod';
import { CallRecord, MessageRecord } from '../import/records';
import type { SeededRandom } from './seeded-random';

export const DemoMessageCategory = z.enum([
  'verification',
  'bank_notice',
  'bank_marketing',
  'carrier',
  'delivery',
  'marketing',
  'loan_ad',
  'rail',
  'personal',
  'government',
  'lender',
  'collection',
  'contact_collection',
  'scam',
]);
export type DemoMessageCategory = z.infer<typeof DemoMessageCategory>;

export const DemoCallCategory = z.enum(['family', 'friend', 'work', 'courier', 'service', 'collection', 'contact_collection', 'scam', 'spam']);
export type DemoCallCategory = z.infer<typeof DemoCallCategory>;

export const DemoMessage = MessageRecord.extend({
  category: DemoMessageCategory,
  /** Key of the sender in the cast (demo-cast.ts), or null for background senders. */
  castKey: z.string().nullable(),
});
export type DemoMessage = z.infer<typeof DemoMessage>;

export const DemoCall = CallRecord.extend({
  category: DemoCallCategory,
  castKey: z.string().nullable(),
});
export type DemoCall = z.infer<typeof DemoCall>;

/** The SMSC of China Mobile Jiangsu, which relays the user's incoming texts. */
const SERVICE_CENTER = '+8613800250500';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * How an address is stored on the phone: Android keeps incoming texts from mainland mobiles
 * as '+86…' (as the network delivers them) and what the user typed, plain, for outgoing ones.
 */
export function storedAddress(number: string, direction: 'in' | 'out'): string {
  return direction === 'in' && MAINLAND_MOBILE.test(number) ? `+86${number}` : number;
}

export interface MessageSpec {
  number: string;
  contactName: string | null;
  time: number;
  body: string;
  category: DemoMessageCategory;
  castKey?: string | null;
}

export function incomingMessage(spec: MessageSpec, rng: SeededRandom): DemoMessage {
  // date_sent is the network's stamp: whole seconds, a moment before the phone stored it.
  const sent = Math.floor((spec.time - rng.int(800, 6000)) / 1000) * 1000;
  return {
    type: 'message',
    kind: 'sms',
    address: storedAddress(spec.number, 'in'),
    contactName: spec.contactName,
    direction: 'in',
    box: 'inbox',
    time: spec.time,
    timeSent: sent,
    body: spec.body,
    serviceCenter: SERVICE_CENTER,
    read: true,
    category: spec.category,
    castKey: spec.castKey ?? null,
  };
}

export function outgoingMessage(spec: MessageSpec): DemoMessage {
  return {
    type: 'message',
    kind: 'sms',
    address: storedAddress(spec.number, 'out'),
    contactName: spec.contactName,
    direction: 'out',
    box: 'sent',
    time: spec.time,
    timeSent: null,
    body: spec.body,
    serviceCenter: null,
    read: true,
    category: spec.category,
    castKey: spec.castKey ?? null,
  };
}

/** Canonical form of a stored address: the '+86' country prefix removed. */
export function canonicalNumber(address: string): string {
  return address.startsWith('+86') ? address.slice(3) : address;
}
