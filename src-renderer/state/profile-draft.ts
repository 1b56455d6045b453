// SPDX-License-Identifier: MIT
// The profile form's working copy: every field as editable text and every list with its rows,
// blank rows included while the user types. Saving turns it back into a Profile the contract
// accepts, dropping what was left empty, and the display mask hides values until revealed.
import type { Profile, ProfileItemType } from '../../src-main/ipc/contract';

export interface ProfileDraft {
  name: string;
  phones: string[];
  id_number: string;
  bank_cards: string[];
  address: string;
  employer: string;
  relatives: { name: string; relation: string }[];
  others: { label: string; value: string }[];
}

export type ListField = 'phones' | 'bank_cards' | 'relatives' | 'others';

/** A row the user half filled: the main side would refuse it, so the page says so first. */
export interface DraftProblem {
  field: 'relatives' | 'others';
  index: number;
  missing: 'name' | 'label' | 'value';
}

export function emptyDraft(): ProfileDraft {
  return { name: '', phones: [''], id_number: '', bank_cards: [''], address: '', employer: '', relatives: [{ name: '', relation: '' }], others: [{ label: '', value: '' }] };
}

export function draftFromProfile(profile: Profile): ProfileDraft {
  const phones = profile.phones ?? [];
  const cards = profile.bank_cards ?? [];
  const relatives = (profile.relatives ?? []).map((r) => ({ name: r.name, relation: r.relation ?? '' }));
  const others = (profile.others ?? []).map((o) => ({ label: o.label, value: o.value }));
  return {
    name: profile.name ?? '',
    phones: phones.length > 0 ? [...phones] : [''],
    id_number: profile.id_number ?? '',
    bank_cards: cards.length > 0 ? [...cards] : [''],
    address: profile.address ?? '',
    employer: profile.employer ?? '',
    relatives: relatives.length > 0 ? relatives : [{ name: '', relation: '' }],
    others: others.length > 0 ? others : [{ label: '', value: '' }],
  };
}

export function draftProblems(draft: ProfileDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  draft.relatives.forEach((r, index) => {
    if (!r.name.trim() && r.relation.trim()) problems.push({ field: 'relatives', index, missing: 'name' });
  });
  draft.others.forEach((o, index) => {
    const label = o.label.trim();
    const value = o.value.trim();
    if (label && !value) problems.push({ field: 'others', index, missing: 'value' });
    if (!label && value) problems.push({ field: 'others', index, missing: 'label' });
  });
  return problems;
}

/** The profile to save: trimmed, blank fields and rows left out (the contract refuses empty strings). */
export function profileFromDraft(draft: ProfileDraft): Profile {
  const profile: Profile = {};
  const text = (value: string) => value.trim();
  if (text(draft.name)) profile.name = text(draft.name);
  const phones = draft.phones.map(text).filter(Boolean);
  if (phones.length > 0) profile.phones = phones;
  if (text(draft.id_number)) profile.id_number = text(draft.id_number);
  const cards = draft.bank_cards.map(text).filter(Boolean);
  if (cards.length > 0) profile.bank_cards = cards;
  if (text(draft.address)) profile.address = text(draft.address);
  if (text(draft.employer)) profile.employer = text(draft.employer);
  const relatives = draft.relatives
    .filter((r) => text(r.name))
    .map((r) => (text(r.relation) ? { name: text(r.name), relation: text(r.relation) } : { name: text(r.name) }));
  if (relatives.length > 0) profile.relatives = relatives;
  const others = draft.others.filter((o) => text(o.label) && text(o.value)).map((o) => ({ label: text(o.label), value: text(o.value) }));
  if (others.length > 0) profile.others = others;
  return profile;
}

function stars(count: number): string {
  return '*'.repeat(Math.max(1, count));
}

/**
 * A value as the page shows it until the user reveals it: enough to tell items apart
 * (a phone's last four, a name's surname), not enough to read over a shoulder.
 */
export function maskForDisplay(type: ProfileItemType, value: string): string {
  const chars = [...value.trim()];
  const n = chars.length;
  if (n === 0) return '';
  const head = (k: number) => chars.slice(0, k).join('');
  const tail = (k: number) => chars.slice(n - k).join('');
  switch (type) {
    case 'phone':
      return n > 7 ? `${head(3)}${stars(n - 7)}${tail(4)}` : `${stars(n - 2)}${tail(Math.min(2, n))}`;
    case 'id_number':
      return n > 8 ? `${head(4)}${stars(n - 8)}${tail(4)}` : stars(n);
    case 'bank_card':
      return n > 4 ? `**** ${tail(4)}` : stars(n);
    case 'name':
    case 'relative':
      return n > 1 ? `${head(1)}${stars(n - 1)}` : '*';
    case 'address':
    case 'employer':
      return n > 3 ? `${head(3)}${stars(Math.min(6, n - 3))}` : `${head(1)}${stars(n - 1)}`;
    default:
      return n > 2 ? `${head(1)}${stars(Math.min(6, n - 1))}` : stars(n);
  }
}
