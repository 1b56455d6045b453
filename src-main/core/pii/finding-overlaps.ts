// SPDX-License-Identifier: MIT
// Detectors run independently, so two may claim the same characters ("李文先生" is the name 李文
// and the masked name 文先生; a bracketed platform may also be a known one). Overlaps are settled
// so that each character belongs to at most one finding: the higher score wins, then the longer
// span (it says more), then the type listed first in TYPE_ORDER (the more specific reading).
import type { PiiFinding, PiiType } from '../model/analysis';

const TYPE_ORDER: readonly PiiType[] = [
  'resident_id', 'bank_card', 'mobile', 'landline', 'email', 'wechat', 'qq', 'resident_id_masked',
  'resident_id_tail', 'card_tail', 'plate', 'name', 'masked_name', 'platform', 'employer', 'address',
  'amount', 'date',
];
const RANK = new Map(TYPE_ORDER.map((type, i) => [type, i]));

function preferred(a: PiiFinding, b: PiiFinding): number {
  if (a.score !== b.score) return b.score - a.score;
  const lengths = b.end - b.start - (a.end - a.start);
  if (lengths !== 0) return lengths;
  return (RANK.get(a.type) ?? 99) - (RANK.get(b.type) ?? 99);
}

/** The findings that survive, sorted by start. */
export function resolveOverlaps(findings: PiiFinding[]): PiiFinding[] {
  if (findings.length < 2) return findings;
  const byPreference = findings.slice().sort(preferred);
  const kept: PiiFinding[] = [];
  for (const candidate of byPreference) {
    let clashes = false;
    for (const k of kept) {
      if (candidate.start < k.end && k.start < candidate.end) {
        clashes = true;
        break;
      }
    }
    if (!clashes) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
