// SPDX-License-Identifier: MIT
// Reads the generic detectors' findings as evidence about the user's numbers. A detector that has
// already decided "283X" is an ID tail (it saw 身份证 further away than the matcher looks) or that
// a span is a masked mobile lets the matcher attribute it without re-reading the context.
import type { PiiFinding, ProfileMention } from '../model/analysis';
import { FIRST6_SCORE, maskedScore, TAIL_SCORE, type NumberItem, type NumberKind } from './number-matching';

const KIND_OF: Partial<Record<PiiFinding['type'], NumberKind>> = {
  resident_id: 'id',
  resident_id_masked: 'id',
  resident_id_tail: 'id',
  mobile: 'phone',
  bank_card: 'card',
  card_tail: 'card',
};

function compactValue(value: string): string {
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (ch === 'x' || ch === 'X') out += 'X';
    else if ('*＊×•●'.includes(ch)) out += '*';
  }
  return out;
}

function hintFor(finding: PiiFinding, compact: string, item: NumberItem): Pick<ProfileMention, 'matchKind' | 'score'> | null {
  const masked = compact.includes('*') || /X(?!$)/.test(compact);
  if (masked) {
    const score = maskedScore(compact, item.digits);
    return score > 0 ? { matchKind: 'masked', score } : null;
  }
  if (compact === item.digits || item.aliases.includes(compact)) return { matchKind: 'exact', score: 1 };
  if (compact.length === 4 && compact === item.tail && finding.type !== 'resident_id' && finding.type !== 'bank_card') {
    return { matchKind: 'partial', score: TAIL_SCORE[item.kind] };
  }
  if (finding.type === 'resident_id_tail' && compact.length === 6 && item.digits.startsWith(compact)) return { matchKind: 'partial', score: FIRST6_SCORE };
  return null;
}

/** Appends mentions of number items that detector findings stand for. */
export function mentionsFromPii(text: string, pii: readonly PiiFinding[], items: readonly NumberItem[], out: ProfileMention[]): void {
  for (const finding of pii) {
    const kind = KIND_OF[finding.type];
    if (!kind || finding.end > text.length || finding.start >= finding.end) continue;
    const compact = compactValue(finding.value);
    if (compact.length < 4) continue;
    for (const item of items) {
      if (item.kind !== kind) continue;
      const hint = hintFor(finding, compact, item);
      if (hint) out.push({ itemKey: item.key, value: text.slice(finding.start, finding.end), start: finding.start, end: finding.end, ...hint });
    }
  }
}
