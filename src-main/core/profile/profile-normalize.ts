// SPDX-License-Identifier: MIT
// One spelling per profile value, so that a profile typed as "+86 139-1234-5678" and one typed as
// "13912345678" match the same messages and have the same fingerprint.
import type { Profile } from '../model/profile';

/** Digits of a phone number, without the +86 / 0086 country prefix of Chinese numbers. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^0086\d{7,}$/.test(digits)) return digits.slice(4);
  if (/^[+＋]/.test(phone.trim()) && digits.startsWith('86')) return digits.slice(2);
  if (/^861[3-9]\d{9}$/.test(digits)) return digits.slice(2);
  return digits;
}

/** Resident ID digits with an upper-case check character and no spaces. */
export function normalizeIdNumber(id: string): string {
  return id.replace(/[\s-]/g, '').toUpperCase();
}

export function normalizeCardNumber(card: string): string {
  return card.replace(/\D/g, '');
}

function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The profile with every value in its one spelling and empty lists dropped. */
export function normalizeProfile(profile: Profile): Profile {
  const out: Profile = {};
  if (profile.name) out.name = collapseSpaces(profile.name);
  if (profile.phones?.length) out.phones = profile.phones.map(normalizePhone);
  if (profile.id_number) out.id_number = normalizeIdNumber(profile.id_number);
  if (profile.bank_cards?.length) out.bank_cards = profile.bank_cards.map(normalizeCardNumber);
  if (profile.address) out.address = collapseSpaces(profile.address);
  if (profile.employer) out.employer = collapseSpaces(profile.employer);
  if (profile.relatives?.length) {
    out.relatives = profile.relatives.map((r) => ({
      name: collapseSpaces(r.name),
      ...(r.relation !== undefined ? { relation: collapseSpaces(r.relation) } : {}),
    }));
  }
  if (profile.others?.length) out.others = profile.others.map((o) => ({ label: collapseSpaces(o.label), value: collapseSpaces(o.value) }));
  return out;
}
