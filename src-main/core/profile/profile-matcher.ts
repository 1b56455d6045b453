// SPDX-License-Identifier: MIT
// Finds where a message shows an item of the user's profile. The profile is compiled once into a
// digit scanner and one text regex, because the matcher runs over every message of a
// million-message history and a message that mentions nothing must cost about a microsecond.
import type { PiiFinding, ProfileMention } from '../model/analysis';
import type { Profile } from '../model/profile';
import { matchNumbers, type NumberItem, type NumberKind } from './number-matching';
import { mentionsFromPii } from './pii-hints';
import { numberLike, profileNeedles } from './profile-needles';
import { normalizeCardNumber, normalizeIdNumber, normalizePhone } from './profile-normalize';
import { compileTextNeedles } from './text-needles';

export interface ProfileMatcher {
  readonly empty: boolean;
  match(text: string, pii: readonly PiiFinding[]): ProfileMention[];
}

function numberItem(key: string, kind: NumberKind, digits: string, aliases: string[] = []): NumberItem {
  return { key, kind, digits, aliases, tail: digits.slice(-4) };
}

/** The 15-digit form an 18-digit ID had before 1999: no century digits, no check character. */
function legacyId(id: string): string[] {
  return /^\d{6}19\d{9}[\dX]$/.test(id) ? [id.slice(0, 6) + id.slice(8, 17)] : [];
}

function numberItems(profile: Profile): NumberItem[] {
  const items: NumberItem[] = [];
  profile.phones?.forEach((phone, i) => {
    const digits = normalizePhone(phone);
    if (digits.length >= 5) items.push(numberItem(`phones.${i}`, 'phone', digits));
  });
  if (profile.id_number) {
    const id = normalizeIdNumber(profile.id_number);
    if (id.length >= 8) items.push(numberItem('id_number', 'id', id, legacyId(id)));
  }
  profile.bank_cards?.forEach((card, i) => {
    const digits = normalizeCardNumber(card);
    if (digits.length >= 8) items.push(numberItem(`bank_cards.${i}`, 'card', digits));
  });
  profile.others?.forEach((other, i) => {
    if (numberLike(other.value)) items.push(numberItem(`others.${i}`, 'other', other.value.replace(/\D/g, '')));
  });
  return items;
}

function overlaps(a: ProfileMention, b: ProfileMention): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * One mention per item and place: of overlapping mentions of the same item the strongest stays.
 * A masked or partial hit on the user's name inside a relative's mention is the relative's.
 */
function settle(found: ProfileMention[]): ProfileMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: ProfileMention[] = [];
  for (const m of found) {
    const rival = kept.findIndex((k) => k.itemKey === m.itemKey && overlaps(k, m));
    if (rival < 0) kept.push(m);
    else if (m.score > kept[rival]!.score) kept[rival] = m;
  }
  const relatives = kept.filter((k) => k.itemKey.startsWith('relatives.'));
  const result = relatives.length === 0 ? kept : kept.filter((k) => k.itemKey !== 'name' || k.matchKind === 'exact' || !relatives.some((r) => overlaps(r, k)));
  return result.sort((a, b) => a.start - b.start || a.end - b.end || a.itemKey.localeCompare(b.itemKey));
}

export function compileProfileMatcher(profile: Profile): ProfileMatcher {
  const numbers = numberItems(profile);
  const texts = compileTextNeedles(profileNeedles(profile));
  const empty = numbers.length === 0 && texts.empty;
  return {
    empty,
    match(text, pii) {
      if (empty) return [];
      const found: ProfileMention[] = [];
      matchNumbers(text, numbers, found);
      if (pii.length > 0 && numbers.length > 0) mentionsFromPii(text, pii, numbers, found);
      texts.match(text, found);
      return found.length === 0 ? found : settle(found);
    },
  };
}
