// SPDX-License-Identifier: MIT
// Which senders may be linked at all. An official channel (a bank's 95xxx, a carrier's or a
// government short number, a registered 106 gateway that is not sending fraud) prints public
// hotlines, platform names and templates that scammers copy: anything it shares is public and
// links nothing. A person the user talks with (mostly personal messages) may forward or quote
// a collector's text without being one, so people stay out of clusters.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SenderKind } from '../model/sender';
import { ensureTimelineFresh } from '../timeline/refresh-timeline';

export type SenderRole = 'official' | 'person' | 'open';

export interface LinkageSender {
  id: number;
  address: string;
  role: SenderRole;
}

export function senderRole(kind: SenderKind, analysed: number, fraud: number, personal: number): SenderRole {
  if (kind === 'bank_service' || kind === 'short_code') return 'official';
  // A 106 gateway needs an enterprise registration; one mostly sending fraud has been abused or is fake.
  if (kind === 'sms_gateway') return fraud * 2 < analysed || analysed === 0 ? 'official' : 'open';
  if (analysed > 0 && personal * 3 >= analysed) return 'person';
  return 'open';
}

// The per-sender category counts the timeline keeps (incoming, analysed messages), rather than a
// scan of every message: at a million messages that scan was most of a linkage run.
const ROLES = `
  SELECT s.id, s.address, s.kind, coalesce(a.categories, '{}')
  FROM senders s LEFT JOIN sender_activity a ON a.sender_id = s.id`;

export function loadLinkageSenders(db: Database): Map<number, LinkageSender> {
  ensureTimelineFresh(db);
  const out = new Map<number, LinkageSender>();
  for (const [id, address, kind, categories] of db.prepare(ROLES).raw().iterate() as Iterable<[number, string, SenderKind, string]>) {
    const counts = JSON.parse(categories) as Record<string, number>;
    const analysed = Object.values(counts).reduce((n, c) => n + c, 0);
    out.set(id, { id, address, role: senderRole(kind, analysed, counts['fraud'] ?? 0, counts['personal'] ?? 0) });
  }
  return out;
}
