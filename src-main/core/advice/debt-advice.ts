// SPDX-License-Identifier: MIT
// Advice about debts: collectors writing from private numbers, being chased for somebody else's
// loan, details known before the lender ever wrote, and checking the credit record.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Advice } from '../model/advice';
import { maskProfileValue } from '../profile/profile-items';
import { loadProfile } from '../profile/profile-store';
import { CITED_PER_ADVICE, basisOf, topPlatform } from './advice-messages';
import { CHANNELS, lenderServiceChannel } from './official-channels';
import { anySignalSql, countSignal, notInstitutionSql, type LenderSenders } from './advice-senders';
import { MENTION_THRESHOLD } from '../timeline/message-facts';

/** A sender counts as a collector when at least this share of its texts to the user are collection. */
const COLLECTOR_SHARE = 0.5;

/** Senders whose incoming texts are mostly of the category (a relative forwarding one is not a collector). */
function mostlyOf(db: Database, senderIds: readonly number[], category: string): Set<number> {
  const rows = db
    .prepare('SELECT sender_id AS id, categories FROM sender_activity WHERE sender_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(senderIds)) as { id: number; categories: string }[];
  const mostly = new Set<number>();
  for (const r of rows) {
    const counts = JSON.parse(r.categories) as Record<string, number>;
    const total = Object.values(counts).reduce((n, c) => n + c, 0);
    if ((counts[category] ?? 0) >= COLLECTOR_SHARE * total) mostly.add(r.id);
  }
  return mostly;
}

export function unofficialCollectors(db: Database, lender: LenderSenders): Advice | null {
  const all = basisOf(db, { categories: ['debt_collection'], skipInstitutions: true, skipSenders: lender.ids });
  const collectors = mostlyOf(db, all.senderIds, 'debt_collection');
  const others = all.senderIds.filter((id) => !collectors.has(id));
  const basis = others.length ? basisOf(db, { categories: ['debt_collection'], skipInstitutions: true, skipSenders: [...lender.ids, ...others] }) : all;
  if (basis.senderIds.length === 0) return null;
  const platform = topPlatform(db, basis.messageIds);
  const service = platform ? lenderServiceChannel(platform) : null;
  return {
    kind: 'unofficial_collectors',
    priority: 2,
    facts: {
      senders: basis.senderIds.length,
      messages: basis.messageIds.length,
      officialSenders: lender.ids.length,
      ...(platform ? { platform } : {}),
      ...(lender.name ? { lender: lender.name } : {}),
      ...(basis.first === null ? {} : { first: basis.first }),
    },
    senderIds: basis.senderIds,
    messageIds: basis.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [...(service ? [service] : []), CHANNELS.financialRegulator, CHANNELS.creditCentreWeb],
  };
}

/** The name these messages chase most often that is not the user's own, masked. */
function debtorName(db: Database, messageIds: readonly number[], ownName: string | undefined): string | null {
  const rows = db
    .prepare(
      `SELECT f.value ->> 1 AS name, count(DISTINCT e.message_id) AS n
       FROM analysis_evidence e, json_each(e.pii) f
       WHERE e.message_id IN (SELECT value FROM json_each(?)) AND f.value ->> 0 = 'name'
       GROUP BY name ORDER BY n DESC, name`,
    )
    .all(JSON.stringify(messageIds)) as { name: string }[];
  const name = rows.map((r) => r.name).find((n) => n !== ownName);
  return name ? maskProfileValue('name', name) : null;
}

export function emergencyContact(db: Database): Advice | null {
  const basis = basisOf(db, { categories: ['contact_collection'], skipInstitutions: true });
  if (basis.senderIds.length === 0) return null;
  const debtor = debtorName(db, basis.messageIds, loadProfile(db).name);
  const platform = topPlatform(db, basis.messageIds);
  return {
    kind: 'emergency_contact',
    priority: 1,
    facts: {
      senders: basis.senderIds.length,
      messages: basis.messageIds.length,
      ...(debtor ? { debtor } : {}),
      ...(platform ? { platform } : {}),
      ...(basis.first === null ? {} : { first: basis.first }),
    },
    senderIds: basis.senderIds,
    messageIds: basis.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.financialRegulator, CHANNELS.spamSms],
  };
}

/**
 * Profile items that senders other than the lender (collectors, scammers) showed before the
 * lender's first text: the details left some other way than through that loan's own letters.
 */
export function leakBeforeLender(db: Database, lender: LenderSenders): Advice | null {
  if (lender.firstTime === null) return null;
  const inst = notInstitutionSql();
  const rows = db
    .prepare(
      `SELECT p.item_key AS item, m.sender_id AS senderId, min(m.id) AS messageId
       FROM pii_mentions p JOIN messages m ON m.id = p.message_id JOIN analysis a ON a.message_id = m.id
       JOIN senders s ON s.id = m.sender_id
       WHERE p.item_key IS NOT NULL AND p.score >= ? AND m.direction = 'in' AND m.time_suspect = 0 AND m.time < ?
         AND a.category IN ('fraud', 'debt_collection', 'contact_collection')
         AND m.sender_id NOT IN (SELECT value FROM json_each(?)) AND ${inst.sql}
       GROUP BY p.item_key, m.sender_id ORDER BY messageId`,
    )
    .all(MENTION_THRESHOLD, lender.firstTime, JSON.stringify(lender.ids), ...inst.params) as { item: string; senderId: number; messageId: number }[];
  if (rows.length === 0) return null;
  const items = [...new Set(rows.map((r) => r.item))];
  const senders = [...new Set(rows.map((r) => r.senderId))];
  return {
    kind: 'leak_before_lender',
    priority: 3,
    facts: {
      items: items.length,
      itemKeys: items.join(','),
      senders: senders.length,
      lenderFirst: lender.firstTime,
      ...(lender.name ? { lender: lender.name } : {}),
    },
    senderIds: senders,
    messageIds: [...new Set(rows.map((r) => r.messageId))].slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.creditCentreWeb, CHANNELS.creditCentrePhone, CHANNELS.police],
  };
}

/** Debts, credit threats or "credit repair" offers: the user should see the real record for themselves. */
export function checkCreditRecord(db: Database): Advice | null {
  const debts = basisOf(db, { categories: ['debt_collection'] });
  const scams = basisOf(db, { categories: ['fraud', 'marketing', 'notice', 'other'], signals: ['credit_repair', 'student_loan_cancel'], skipInstitutions: true });
  const creditThreats = countSignal(db, debts.messageIds, 'threat_credit');
  if (debts.messageIds.length === 0 && scams.messageIds.length === 0) return null;
  const cond = anySignalSql(['credit_repair']);
  const repair = scams.messageIds.length
    ? (db.prepare(`SELECT count(*) AS n FROM analysis a WHERE a.message_id IN (SELECT value FROM json_each(?)) AND ${cond.sql}`).get(JSON.stringify(scams.messageIds), ...cond.params) as { n: number }).n
    : 0;
  return {
    kind: 'check_credit_record',
    priority: 4,
    facts: {
      debtMessages: debts.messageIds.length,
      creditThreats,
      creditScams: scams.messageIds.length,
      repairOffers: repair,
    },
    senderIds: [...new Set([...scams.senderIds])],
    messageIds: scams.messageIds.slice(0, CITED_PER_ADVICE),
    channels: [CHANNELS.creditCentreWeb, CHANNELS.creditCentrePhone],
  };
}
