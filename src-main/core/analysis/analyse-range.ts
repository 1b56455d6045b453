// SPDX-License-Identifier: MIT
// Reads the messages of one id range that are not analysed on the current basis, and analyses
// them. Runs in an analysis worker (on its own read connection) or inline for small jobs.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { MessageAnalysis } from '../model/analysis';
import type { MessageAnalyzer } from './message-analyzer';

export interface RangeResult {
  messageId: number;
  senderId: number;
  analysis: MessageAnalysis;
}

const STALE_IN_RANGE = `
  SELECT m.id, m.sender_id, m.body, m.direction, s.address
  FROM messages m JOIN senders s ON s.id = m.sender_id LEFT JOIN analysis a ON a.message_id = m.id
  WHERE m.id BETWEEN ? AND ? AND (a.basis IS NULL OR a.basis <> ?)`;

export function analyseRange(db: Database, analyze: MessageAnalyzer, fromId: number, toId: number, basis: string): RangeResult[] {
  const rows = db.prepare(STALE_IN_RANGE).raw().all(fromId, toId, basis) as [number, number, string, 'in' | 'out', string][];
  return rows.map(([messageId, senderId, body, direction, address]) => ({
    messageId,
    senderId,
    analysis: analyze({ text: body, sender: address === 'unknown' ? null : address, direction }),
  }));
}
