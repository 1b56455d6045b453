// SPDX-License-Identifier: MIT
// Advice about abuse to report: scam texts that ask for money, codes or a click; threats of
// violence, visits or shaming to the user's contacts; and spam to forward to the carriers' 12321.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Advice } from '../model/advice';
import type { SignalCode } from '../model/analysis';
import { CITED_PER_ADVICE, basisOf } from './advice-messages';
import { countSignal } from './advice-senders';
import { CHANNELS } from './official-channels';

const MONEY: readonly SignalCode[] = ['transfer_request', 'safe_account'];
const SECRETS: readonly SignalCode[] = ['code_request', 'password_request', 'screen_share'];
const CONTACT: readonly SignalCode[] = ['im_contact', 'lookalike_domain', 'app_download', 'click_to_claim', 'bait_link', 'ip_link'];

function count(db: Database, ids: readonly number[], codes: readonly SignalCode[]): number {
  // A message can raise several codes of one group; the facts count messages, so take the largest.
  return Math.max(0, ...codes.map((c) => countSignal(db, ids, c)));
}

export function scamRequests(db: Database): Advice | null {
  const basis = basisOf(db, { categories: ['fraud'], signals: [...MONEY, ...SECRETS, ...CONTACT], skipInstitutions: true });
  if (basis.messageIds.length === 0) return null;
  return {
    kind: 'scam_requests',
    priority: 1,
    facts: {
      senders: basis.senderIds.length,
      messages: basis.messageIds.length,
      transfers: count(db, basis.messageIds, MONEY),
      codes: count(db, basis.messageIds, SECRETS),
      contacts: count(db, basis.messageIds, CONTACT),
    },
    senderIds: basis.senderIds,
    messageIds: basis.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.antiFraud, CHANNELS.police, CHANNELS.spamSms],
  };
}

const THREATS: readonly SignalCode[] = ['threat_violence', 'threat_visit', 'threat_expose_contacts'];

export function threats(db: Database): Advice | null {
  const basis = basisOf(db, { categories: ['debt_collection', 'contact_collection', 'fraud'], signals: THREATS, skipInstitutions: true });
  if (basis.messageIds.length === 0) return null;
  return {
    kind: 'threats',
    priority: 0,
    facts: {
      senders: basis.senderIds.length,
      messages: basis.messageIds.length,
      violence: countSignal(db, basis.messageIds, 'threat_violence'),
      visits: countSignal(db, basis.messageIds, 'threat_visit'),
      exposeContacts: countSignal(db, basis.messageIds, 'threat_expose_contacts'),
      ...(basis.first === null ? {} : { first: basis.first }),
    },
    senderIds: basis.senderIds,
    messageIds: basis.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.police, CHANNELS.financialRegulator],
  };
}

export function reportSpam(db: Database): Advice | null {
  const fraud = basisOf(db, { categories: ['fraud'], skipInstitutions: true });
  const spam = basisOf(db, { categories: ['marketing'], skipInstitutions: true });
  if (fraud.messageIds.length + spam.messageIds.length === 0) return null;
  return {
    kind: 'report_spam',
    priority: 5,
    facts: {
      fraudSenders: fraud.senderIds.length,
      fraudMessages: fraud.messageIds.length,
      spamSenders: spam.senderIds.length,
      spamMessages: spam.messageIds.length,
    },
    senderIds: [...new Set([...fraud.senderIds, ...spam.senderIds])],
    messageIds: fraud.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.spamSms, CHANNELS.spamWeb],
  };
}
