// SPDX-License-Identifier: MIT
// Reads a profile the user wrote by hand (`leakline profile set --file`, the settings form): JSON
// of the Profile shape, values brought to their one spelling, and numbers that cannot be real (an
// ID failing GB 11643, a card failing Luhn) refused with the field named, since a typo there would
// silently never match anything.
import { z } from 'zod';
import { passesLuhn } from '../pii/luhn';
import { residentIdProblem } from '../pii/resident-id';
import { Profile } from '../model/profile';
import { ProfileInputError } from './profile-input-error';
import { normalizeProfile } from './profile-normalize';

const ID_PROBLEMS = {
  format: 'is not 18 digits (or 15 for the old form) with an optional final X',
  region: 'does not start with a real region code',
  date: 'does not contain a real birth date',
  checksum: 'fails the GB 11643 check character',
} as const;

function fieldPath(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

/** Validates a parsed value as a profile, naming the first offending field. */
export function toProfile(value: unknown): Profile {
  const parsed = Profile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProfileInputError(fieldPath(issue.path), issue.message, { cause: new Error(z.prettifyError(parsed.error)) });
  }
  return parsed.data;
}

/** Normalises a profile and rejects numbers that cannot be real. */
export function checkedProfile(profile: Profile): Profile {
  const normal = normalizeProfile(profile);
  normal.phones?.forEach((phone, i) => {
    if (phone.length < 5 || phone.length > 15) throw new ProfileInputError(`phones.${i}`, 'is not a phone number (5–15 digits)');
  });
  if (normal.id_number) {
    const problem = residentIdProblem(normal.id_number);
    if (problem) throw new ProfileInputError('id_number', ID_PROBLEMS[problem]);
  }
  normal.bank_cards?.forEach((card, i) => {
    if (card.length < 12 || card.length > 19) throw new ProfileInputError(`bank_cards.${i}`, 'is not 12–19 digits');
    if (!passesLuhn(card)) throw new ProfileInputError(`bank_cards.${i}`, 'fails the Luhn check digit');
  });
  return normal;
}

/** Parses the text of a profile file into a normalised, checked profile. */
export function parseProfileFile(text: string): Profile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ProfileInputError(null, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  return checkedProfile(toProfile(value));
}
