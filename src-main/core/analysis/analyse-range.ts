// SPDX-License-Identifier: MIT
// Reads the messages of one id range that are not analysed on the current basis, analyses them
// and encodes the results for storing. Runs in an analysis worker (on its own read connection) or
// inline for small jobs.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageAnalyzer } from './message-analyzer';
import { encodeAnalysis, type EncodedAnalysis } from './analysis-rows';

const STALE_IN_RANGE = `
  SELECT m.id, m.sender_id, m.body, m.direction, s.address, a.message_id IS NOT NULL
  FROM messages m JOIN senders s ON s.id = m.sender_id LEFT JOIN analysis a ON a.message_id = m.id
  WHERE m.id BETWEEN ? AND ? AND (a.basis IS NULL OR a.basis <> ?)`;

type Row = [number, number, string, 'in' | 'out', string, number];

export function analyseRange(db: Database, analyze: MessageAnalyzer, fromId: number, toId: number, basis: number): EncodedAnalysis[] {
  const rows = db.prepare(STALE_IN_RANGE).raw().all(fromId, toId, basis) as Row[];
  return rows.map(([messageId, senderId, body, direction, address, hadRow]) =>
    encodeAnalysis(messageId, senderId, hadRow === 1, analyze({ text: body, sender: address === 'unknown' ? null : address, direction })),
  );
}
