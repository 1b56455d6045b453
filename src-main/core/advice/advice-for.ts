// SPDX-License-Identifier: MIT
// "What to do next": every piece of advice the user's own analysis supports, most urgent first.
// Each rests on counted facts and cited messages; none appears without a message behind it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Advice } from '../model/advice';
import { lenderSenders } from './advice-senders';
import { checkCreditRecord, emergencyContact, leakBeforeLender, unofficialCollectors } from './debt-advice';
import { reportSpam, scamRequests, threats } from './abuse-advice';
import { ensureTimelineFresh } from '../timeline/refresh-timeline';
import { memoized } from '../timeline/timeline-memo';

/**
 * Stored between changes to the analysis: at a million messages the scans below take seconds, and
 * the job that analysed computes them once, off the UI thread (core/timeline/update-leak-timeline).
 */
export function adviceFor(db: Database): Advice[] {
  ensureTimelineFresh(db);
  return memoized(db, 'advice', () => computeAdvice(db));
}

function computeAdvice(db: Database): Advice[] {
  const lender = lenderSenders(db);
  const all = [
    threats(db),
    emergencyContact(db),
    scamRequests(db),
    unofficialCollectors(db, lender),
    leakBeforeLender(db, lender),
    checkCreditRecord(db),
    reportSpam(db),
  ];
  return all.filter((a): a is Advice => a !== null).sort((a, b) => a.priority - b.priority);
}
