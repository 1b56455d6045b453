// SPDX-License-Identifier: MIT
// A stable digest of the profile, stored with each analysis so that matches made against an
// older profile are known to be stale. Key order and spelling differences must not change it.
import { createHash } from 'node:crypto';
import type { Profile } from '../model/profile';
import { normalizeProfile } from './profile-normalize';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** JSON of the normalised profile with keys sorted at every level; list order is kept (it names items). */
export function canonicalProfileJson(profile: Profile): string {
  return JSON.stringify(sortKeys(normalizeProfile(profile)));
}

export function profileFingerprint(profile: Profile): string {
  return createHash('sha256').update(canonicalProfileJson(profile)).digest('hex');
}
