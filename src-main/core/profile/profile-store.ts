// SPDX-License-Identifier: MIT
// Keeps the profile in the encrypted database, as canonical JSON under one key of the `profile`
// table. What is read back is validated again: a damaged row must stop the analysis loudly rather
// than match against half a profile.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { LeaklineError } from '../errors';
import { Profile } from '../model/profile';
import { canonicalProfileJson } from './profile-fingerprint';
import { checkedProfile, toProfile } from './profile-file';

// Callers that read a profile file and store it import both from here.
export { parseProfileFile } from './profile-file';

const KEY = 'profile';

/** The stored profile, or an empty one when none was saved yet. */
export function loadProfile(db: Database): Profile {
  const row = db.prepare('SELECT value FROM profile WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (row === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(row);
  } catch (err) {
    throw new LeaklineError('DB_ERROR', 'the stored profile is not valid JSON', { cause: err });
  }
  const parsed = Profile.safeParse(value);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new LeaklineError('DB_ERROR', `the stored profile does not have the profile shape${path ? ` (at ${path})` : ''}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Validates, normalises and stores the profile, replacing the previous one. */
export function saveProfile(db: Database, profile: Profile): void {
  const checked = checkedProfile(toProfile(profile));
  db.prepare('INSERT INTO profile (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, canonicalProfileJson(checked));
}
