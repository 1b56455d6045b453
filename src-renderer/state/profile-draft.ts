// SPDX-License-Identifier: MIT
// The profile form's working copy: every field as editable text and every list with its rows,
// blank rows included while the user types. Saving turns it back into a Profile the contract
// accepts, dropping what was left empty, and the display mask hides values until revealed.
import type { Profile } from '../../src-main/ipc/contract';

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

/** The rows without row `index`; a list never goes empty, its last row becomes a blank one. */
export function withoutRow<T>(rows: readonly T[], index: number, blank: () => T): T[] {
  return rows.length > 1 ? rows.filter((_, i) => i !== index) : [blank()];
}
