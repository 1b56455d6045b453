// SPDX-License-Identifier: MIT
// What a stored analysis was computed from. A row whose basis differs from the current one is
// stale: the rules changed (bump RULES_VERSION with any change to detectors or classifier), the
// profile changed, or the model learned from the user's labels changed. Stored as a 48-bit
// integer digest, so that the check costs an integer comparison on a narrow row.
import { createHash } from 'node:crypto';

export const RULES_VERSION = 1;

/** The basis of no analysis: rows marked for re-analysis carry it. */
export const STALE_BASIS = 0;

export function analysisBasis(profileFingerprint: string, modelFingerprint: string): number {
  const digest = createHash('sha256').update(`${RULES_VERSION}.${profileFingerprint}.${modelFingerprint}`).digest('hex');
  return parseInt(digest.slice(0, 12), 16) || 1;
}
