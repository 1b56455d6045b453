// SPDX-License-Identifier: MIT
// What a stored analysis was computed from. A row whose basis differs from the current one is
// stale: the rules changed (bump RULES_VERSION with any change to detectors or classifier), the
// profile changed, or the model learned from the user's labels changed.
export const RULES_VERSION = 1;

export function analysisBasis(profileFingerprint: string, modelFingerprint: string): string {
  return `${RULES_VERSION}.${profileFingerprint.slice(0, 16)}.${modelFingerprint}`;
}
